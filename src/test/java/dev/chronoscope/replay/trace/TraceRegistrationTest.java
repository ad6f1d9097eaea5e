package dev.chronoscope.replay.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chronoscope.ingest.ChromeTraceFormat;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.OtlpFormat;
import dev.chronoscope.replay.ProjectionProvider;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The two formats, six projections and two profiles are registered where the engine looks. */
class TraceRegistrationTest {

    @Test
    void formatsAndProjectionsAreFoundByServiceLoader() {
        Set<String> formats = ServiceLoader.load(LogFormat.class).stream()
                .map(p -> p.get().name()).collect(Collectors.toSet());
        assertTrue(formats.containsAll(Set.of("chrome", "otlp")), formats.toString());
        Set<String> projections = ServiceLoader.load(ProjectionProvider.class).stream()
                .map(p -> p.get().name()).collect(Collectors.toSet());
        assertTrue(projections.containsAll(Set.of("chrome-stacks", "chrome-counters", "chrome-async", "chrome-objects",
                        "chrome-marks", "otlp-spans")),
                projections.toString());
    }

    @Test
    void builtInProfilesNameRegisteredProjections() throws Exception {
        Set<String> projections = ServiceLoader.load(ProjectionProvider.class).stream()
                .map(p -> p.get().name()).collect(Collectors.toSet());
        String index = resource("profiles/index.txt");
        for (String name : List.of("chrome", "otlp")) {
            assertTrue(index.lines().anyMatch(name::equals), name + " listed in index.txt");
            JsonNode profile = new ObjectMapper().readTree(resource("profiles/" + name + ".json"));
            assertEquals(name, profile.get("name").asText());
            for (JsonNode p : profile.get("projections")) assertTrue(projections.contains(p.asText()), p.asText());
        }
        assertEquals("chrome", new ChromeTraceFormat().defaultProfile());
        assertEquals("otlp", new OtlpFormat().defaultProfile());
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = TraceRegistrationTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new AssertionError("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
