package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A legacy Chrome flow with a step, walked through the whole engine by {@code causes} and {@code effects}. */
class ChromeFlowCausesTest {
    @TempDir Path dir;

    /** Offsets: 0 A, 1 s, 2 A's end, 3 B, 4 t, 5 B's end, 6 f, 7 C, 8 C's end. */
    private static final String START_STEP_END = """
            [{"ph":"X","name":"A","ts":0,"dur":10,"pid":1,"tid":1},
             {"ph":"s","name":"fl","cat":"c","id":1,"ts":5,"pid":1,"tid":1},
             {"ph":"X","name":"B","ts":20,"dur":10,"pid":1,"tid":2},
             {"ph":"t","name":"fl","cat":"c","id":1,"ts":25,"pid":1,"tid":2},
             {"ph":"f","name":"fl","cat":"c","id":1,"ts":40,"pid":1,"tid":3},
             {"ph":"X","name":"C","ts":41,"dur":10,"pid":1,"tid":3}]
            """;

    private static List<Integer> offsets(JsonNode answer) {
        List<Integer> offsets = new ArrayList<>();
        answer.get("offsets").forEach(o -> offsets.add(o.asInt()));
        return offsets;
    }

    @Test
    void causesOfTheEndsSliceReachTheStepsSliceThenTheStartsSlice() throws Exception {
        Path trace = dir.resolve("flow.json");
        Files.writeString(trace, START_STEP_END);
        CliRunner cli = new CliRunner(dir.resolve("cache"));
        JsonNode events = cli.json("events", trace.toString(), "--json").get("events");
        assertEquals("C", events.get(7).get("type").asText());
        assertEquals("B", events.get(3).get("type").asText());
        assertEquals("A", events.get(0).get("type").asText());

        assertEquals(List.of(3, 0), offsets(cli.json("causes", trace.toString(), "--event", "7", "--json")));
        assertEquals(List.of(3, 4, 7), offsets(cli.json("effects", trace.toString(), "--event", "0", "--json")));
    }
}
