package dev.chronoscope.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<ObjectNode> records(String... json) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        for (String j : json) out.add((ObjectNode) JSON.readTree(j));
        return out;
    }

    private static Profile profile(String name, String detect) throws ProfileException {
        return ProfileLoader.parse(name + ".json", "{\"name\":\"" + name + "\",\"detect\":" + detect + "}");
    }

    @Test
    void genericIsBuiltInAndFoldsEachEventIntoItsEntity() {
        Profile g = Profiles.generic();
        assertEquals("generic", g.name());
        assertTrue(Profiles.builtinNames().contains("generic"));
        assertEquals(1, g.rules().size());
        assertEquals(List.of("*"), g.rules().get(0).on());
        assertEquals("$", g.rules().get(0).set().get("entities/${$lane}/${$type}").asText());
        assertSame(Mapping.GUESS, g.mapping());
    }

    @Test
    void mostSpecificMatchWins() throws Exception {
        Profile byType = profile("by-type", "{\"anyType\": [\"Deposited\"]}");
        Profile byField = profile("by-field", "{\"fields\": [\"account\"]}");
        Profile both = profile("both", "{\"anyType\": [\"Deposited\"], \"fields\": [\"account\"]}");
        Profile moreFields = profile("more-fields", "{\"anyType\": [\"Deposited\"], \"fields\": [\"account\", \"amount\"]}");
        Profile wrong = profile("wrong", "{\"anyType\": [\"Deposited\"], \"fields\": [\"account\", \"amount\", \"nope\"]}");
        List<ObjectNode> first = records("{\"type\":\"Opened\",\"account\":\"a\"}", "{\"type\":\"Deposited\",\"account\":\"a\",\"amount\":5}");
        assertEquals("more-fields", Profiles.detect(first, List.of(byType, byField, both, moreFields, wrong)).name());
        assertEquals("both", Profiles.detect(first, List.of(byType, byField, both)).name());
        assertEquals("by-field", Profiles.detect(first, List.of(byType, byField)).name());
        Profile alsoByType = profile("also-by-type", "{\"anyType\": [\"Opened\", \"Deposited\"]}");
        assertEquals("by-type", Profiles.detect(first, List.of(byType, alsoByType)).name());
        assertEquals("also-by-type", Profiles.detect(first, List.of(alsoByType, byType)).name());
    }

    @Test
    void typesAreReadTheWayTheCandidateMapsThem() throws Exception {
        Profile mapped = ProfileLoader.parse("m.json",
                "{\"name\":\"m\",\"detect\":{\"anyType\":\"Deposited\"},\"mapping\":{\"type\":\"$.op.kind\"}}");
        Profile tagged = profile("tagged", "{\"anyType\": \"ProcessStateChanged\"}");
        assertEquals("m", Profiles.detect(records("{\"op\":{\"kind\":\"Deposited\"}}"), List.of(tagged, mapped)).name());
        assertEquals("tagged", Profiles.detect(records("{\"ProcessStateChanged\":{\"pid\":1}}"), List.of(mapped, tagged)).name());
        assertEquals("tagged", Profiles.detect(records("{\"ts\":1,\"payload\":{\"ProcessStateChanged\":{\"pid\":1}}}"),
                List.of(mapped, tagged)).name());
    }

    @Test
    void fallsBackToGeneric() throws Exception {
        Profile bank = profile("bank", "{\"anyType\": [\"Deposited\"]}");
        assertEquals("generic", Profiles.detect(records("{\"type\":\"Other\"}"), List.of(bank)).name());
        assertEquals("generic", Profiles.detect(List.of(), List.of(bank)).name());
    }

    @Test
    void resolveTakesBuiltInNamesThenFilesAndListsTheKnownNames() throws Exception {
        assertEquals("generic", Profiles.resolve("generic").name());
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"rules\": []}");
        Profile mine = Profiles.resolve(f.toString());
        assertEquals("mine", mine.name());
        assertEquals(f.toString(), mine.source());
        ProfileException e = assertThrows(ProfileException.class, () -> Profiles.resolve("nosuch"));
        assertTrue(e.getMessage().startsWith("nosuch: neither a built-in profile nor a profile file (built-in profiles: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("generic"));
        ProfileException folder = assertThrows(ProfileException.class, () -> Profiles.resolve(dir.toString()));
        assertTrue(folder.getMessage().startsWith(dir + ": is a folder; a profile is one JSON file"), folder.getMessage());
    }
}
