package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every scenario's output has, whatever its story. */
class GeneratedLogTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void sameSeedSameBytesOtherSeedOtherBytes(String name) throws Exception {
        Scenario s = Logs.scenario(name);
        byte[] first = Files.readAllBytes(s.write(dir.resolve("a.jsonl"), 3_000, 7));
        byte[] again = Files.readAllBytes(s.write(dir.resolve("b.jsonl"), 3_000, 7));
        byte[] other = Files.readAllBytes(s.write(dir.resolve("c.jsonl"), 3_000, 8));
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"angzarr-kernel", "aios-observability", "vexfs-semantic", "nitro-p1"})
    void exactlyTheEventsAskedForEachAJsonObjectWithAUniqueIdInTimeOrder(String name) throws Exception {
        for (long n : new long[] {1, 137, 6_000}) {
            List<ObjectNode> records = Logs.generate(name, dir, n, 3);
            assertEquals(n, records.size(), name + " with " + n + " events");
            long[] times = records.stream().mapToLong(GeneratedLogTest::time).toArray();
            for (int i = 1; i < times.length; i++) {
                assertTrue(times[i] >= times[i - 1], name + ": time goes back at offset " + i);
            }
            assertEquals(n, records.stream().map(GeneratedLogTest::id).distinct().count(), name + ": duplicate ids");
        }
    }

    static long time(ObjectNode record) {
        ObjectNode inner = record.size() == 1 ? Logs.body(record) : record;
        for (String field : new String[] {"ts", "timestamp_ns", "timestamp"}) {
            if (inner.has(field)) return inner.get(field).asLong();
        }
        throw new AssertionError("no time in " + record);
    }

    static String id(ObjectNode record) {
        ObjectNode inner = record.size() == 1 ? Logs.body(record) : record;
        for (String field : new String[] {"id", "event_id"}) {
            if (inner.has(field)) return inner.get(field).asText();
        }
        throw new AssertionError("no id in " + record);
    }
}
