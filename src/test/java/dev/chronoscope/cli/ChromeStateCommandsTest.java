package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Chrome trace's object, mark and async events through the whole engine: state at a cursor, and info's warnings. */
class ChromeStateCommandsTest {
    @TempDir Path dir;
    private CliRunner cli;
    private Path trace;

    @BeforeEach
    void writeTrace() throws IOException {
        cli = new CliRunner(dir.resolve("cache"));
        trace = dir.resolve("trace.json");
        Files.writeString(trace, """
                {"traceEvents":[
                {"ph":"N","name":"Layer","id":"0x7","ts":1,"pid":1,"tid":1},
                {"ph":"O","name":"Layer","id":"0x7","ts":2,"pid":1,"tid":1,"args":{"snapshot":{"w":10,"h":5}}},
                {"ph":"R","name":"firstPaint","ts":3,"pid":1,"tid":1},
                {"ph":"O","name":"Layer","id":"0x7","ts":4,"pid":1,"tid":1,"args":{"snapshot":{"w":12}}},
                {"ph":"e","name":"fetch","cat":"net","id":"0x1","ts":5,"pid":1,"tid":1},
                {"ph":"P","name":"sample","ts":6,"pid":1,"tid":1},
                {"ph":"D","name":"Layer","id":"0x7","ts":7,"pid":1,"tid":1}
                ]}
                """);
    }

    private JsonNode stateAt(int offset) {
        return cli.json("state", trace.toString(), "--at", Integer.toString(offset), "--json").get("state");
    }

    @Test
    void liveObjectsShowTheirLatestSnapshotAtTheCursorAndGoOnDestroy() {
        JsonNode created = stateAt(0);
        assertEquals(1, created.at("/objects/1/Layer/0x7/created").asInt());
        assertTrue(created.at("/objects/1/Layer/0x7/snapshot").isMissingNode());

        JsonNode first = stateAt(1);
        assertEquals(10, first.at("/objects/1/Layer/0x7/snapshot/w").asInt());
        assertEquals(5, first.at("/objects/1/Layer/0x7/snapshot/h").asInt());
        assertEquals(2, first.at("/objects/1/Layer/0x7/snapshotTs").asInt());

        JsonNode latest = stateAt(3);
        assertEquals(12, latest.at("/objects/1/Layer/0x7/snapshot/w").asInt());
        assertTrue(latest.at("/objects/1/Layer/0x7/snapshot/h").isMissingNode(), "a new snapshot replaces the old one");
        assertEquals(4, latest.at("/objects/1/Layer/0x7/snapshotTs").asInt());
        assertEquals(1, latest.at("/objects/1/Layer/0x7/created").asInt());

        JsonNode end = stateAt(6);
        assertTrue(end.at("/objects").isMissingNode(), "'D' removes the object: " + end);
        assertEquals(3, end.at("/marks/1/firstPaint").asInt(), "marks stay");
    }

    @Test
    void marksAppearAtTheirEvent() {
        assertTrue(stateAt(1).at("/marks").isMissingNode());
        assertEquals(3, stateAt(2).at("/marks/1/firstPaint").asInt());
    }

    @Test
    void anAsyncEndWithoutBeginIsAWarningNotAnError() {
        JsonNode info = cli.json("info", trace.toString(), "--json");
        assertEquals(7, info.get("events").asInt());
        assertEquals(0, info.get("errors").asInt());
        String warnings = info.get("warnings").toString();
        assertTrue(warnings.contains("1 async end(s) ('e'/'F') without a matching begin (first at line 6 on lane 1/1, 'fetch' cat net id 0x1)"),
                warnings);
    }
}
