package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.chronoscope.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedStructuresTest {
    @TempDir
    Path dir;

    @Test
    void postingsAcceptOutOfOrderOffsetsAcrossRuns() {
        TreeMap<String, TreeSet<Long>> expected = new TreeMap<>();
        TreeMap<Long, byte[]> index = new TreeMap<>();
        PostingsWriterImpl w = new PostingsWriterImpl(new TreeMap<>(), index, 4096);
        Random r = new Random(6);
        for (int i = 0; i < 30_000; i++) {
            String key = "processes/" + r.nextInt(300) + (r.nextBoolean() ? "/state" : "/name");
            long offset = r.nextInt(50_000);
            w.add(key, offset);
            expected.computeIfAbsent(key, k -> new TreeSet<>()).add(offset);
        }
        for (int i = 0; i < 10_000; i++) w.add("hot", 20_000 - i);
        TreeSet<Long> hot = new TreeSet<>();
        for (int i = 0; i < 10_000; i++) hot.add(20_000L - i);
        expected.put("hot", hot);
        StoredPostings p = new StoredPostings(index, w.finish());
        for (Map.Entry<String, TreeSet<Long>> e : expected.entrySet()) {
            String k = e.getKey();
            TreeSet<Long> s = e.getValue();
            assertEquals(s.size(), p.count(k), k);
            assertArrayEquals(s.stream().mapToLong(Long::longValue).toArray(), p.offsets(k, 0, Long.MAX_VALUE), k);
            for (long q : new long[] {-1, 0, 7, 12_345, 19_999, 25_000, 60_000}) {
                Long floor = s.floor(q);
                Long ceiling = s.ceiling(q);
                assertEquals(floor == null ? -1 : floor, p.floor(k, q), k + " floor " + q);
                assertEquals(ceiling == null ? -1 : ceiling, p.ceiling(k, q), k + " ceiling " + q);
                assertArrayEquals(s.subSet(q, true, q + 5000, false).stream().mapToLong(Long::longValue).toArray(),
                        p.offsets(k, q, q + 5000), k + " range " + q);
            }
        }
        assertEquals(0, p.count("nope"));
        assertEquals(-1, p.floor("nope", 100));
        assertEquals(-1, p.ceiling("zzz", 0));
        List<String> prefixed = new ArrayList<>(expected.subMap("processes/1", "processes/2").keySet());
        assertEquals(prefixed, p.keysWithPrefix("processes/1", 10_000));
        assertEquals(prefixed.subList(0, 5), p.keysWithPrefix("processes/1", 5));
        assertEquals(List.of("hot"), p.keysWithPrefix("hot", 10));
        assertEquals(List.of(), p.keysWithPrefix("x", 10));

        // A key range read in one pass: every key once, whole, also "hot", whose offsets span blocks.
        for (String[] range : new String[][] {{"hot", "processes/15"}, {"a", "zz"}, {"processes/2", "processes/2"},
                {"processes/299/state", "q"}, {"q", "r"}, {"processes/3", "processes/1"}}) {
            TreeMap<String, long[]> seen = new TreeMap<>();
            List<String> order = new ArrayList<>();
            p.forEachKey(range[0], range[1], (k, offsets) -> {
                order.add(k);
                seen.put(k, offsets);
            });
            Map<String, TreeSet<Long>> want = range[0].compareTo(range[1]) > 0 ? Map.of()
                    : expected.subMap(range[0], true, range[1], true);
            assertEquals(new ArrayList<>(want.keySet()), order, String.join("..", range));
            want.forEach((k, set) -> assertArrayEquals(set.stream().mapToLong(Long::longValue).toArray(), seen.get(k), k));
        }
    }

    /**
     * Number keys (the edges' offsets) give the index their decimal texts would, alone or mixed
     * with text keys, in one run or many, with repeats and with offsets out of order.
     */
    @Test
    void numberKeysIndexAsTheirDecimalText() {
        for (int budget : new int[] {1 << 24, 4096}) {
            for (boolean mixed : new boolean[] {false, true}) {
                TreeMap<String, TreeSet<Long>> expected = new TreeMap<>();
                TreeMap<Long, byte[]> index = new TreeMap<>();
                PostingsWriterImpl w = new PostingsWriterImpl(new TreeMap<>(), index, budget);
                Random r = new Random(budget + (mixed ? 1 : 0));
                for (int i = 0; i < 20_000; i++) {
                    long key = r.nextInt(4) == 0 ? r.nextInt(12) : r.nextInt(100_000);
                    long offset = i % 97 == 0 ? r.nextInt(20_000) : i; // mostly ascending, some not
                    if (mixed && r.nextBoolean()) w.add(Long.toString(key), offset);
                    else w.addUnderNumber(key, offset);
                    if (i % 500 == 0) w.addUnderNumber(key, offset);
                    expected.computeIfAbsent(Long.toString(key), k -> new TreeSet<>()).add(offset);
                }
                StoredPostings p = new StoredPostings(index, w.finish());
                String label = "budget " + budget + (mixed ? ", mixed" : "");
                List<String> order = new ArrayList<>();
                p.forEachKey("", "999999", (k, offsets) -> {
                    order.add(k);
                    assertArrayEquals(expected.get(k).stream().mapToLong(Long::longValue).toArray(), offsets, label + " " + k);
                });
                assertEquals(new ArrayList<>(expected.keySet()), order, label);
                assertEquals(expected.get("7").size(), p.count("7"), label);
            }
        }
    }

    @Test
    void ascendingPostingsMergeKeyByKeyAcrossRunsAndFinishOnce() {
        TreeMap<Long, byte[]> index = new TreeMap<>();
        PostingsWriterImpl w = new PostingsWriterImpl(new TreeMap<>(), index, 2048);
        TreeMap<String, TreeSet<Long>> expected = new TreeMap<>();
        for (long offset = 0; offset < 20_000; offset++) {
            String key = "k" + (offset % 37);
            w.add(key, offset);
            expected.computeIfAbsent(key, k -> new TreeSet<>()).add(offset);
            if (offset % 1000 == 999) w.add(key, offset); // a repeat that may land in the next run
            if (offset % 5 == 0) w.add("every5", offset);
        }
        PostingsBlocks.Fence fence = w.finish();
        assertSame(fence, w.finish(), "a second finish returns the index already built");
        assertThrows(IllegalStateException.class, () -> w.add("late", 1));
        StoredPostings p = new StoredPostings(index, fence);
        expected.forEach((k, set) -> assertArrayEquals(set.stream().mapToLong(Long::longValue).toArray(),
                p.offsets(k, 0, Long.MAX_VALUE), k));
        assertEquals(4000, p.count("every5"));
        assertEquals(19_995, p.floor("every5", 19_999));
    }

    @Test
    void columnsPostingsAndBlobsSurviveCommitAndReopen() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("named");
        int n = ColumnWriterImpl.BLOCK * 2 + 5;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            Column.Writer changes = w.column("changes#1");
            Postings.Writer paths = w.postings("paths");
            Blobs.Writer checkpoints = w.blobs("checkpoints");
            for (int i = 0; i < n; i++) {
                w.append(new Event(i, i, "T", "L", null, null, Event.NO_DURATION, null, null, null,
                        TestEvents.JSON.createObjectNode(), null, i));
                changes.append(i % 3 == 0 ? new byte[0] : ("change " + i).getBytes(StandardCharsets.UTF_8));
                paths.add("p/" + (i % 7), i);
                if (i % 1000 == 0) checkpoints.put(i, ("state at " + i).getBytes(StandardCharsets.UTF_8));
            }
            assertEquals(n, changes.size());
            checkpoints.put(0, "replaced".getBytes(StandardCharsets.UTF_8));
            w.commit().close();
        }
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            Column c = s.column("changes#1");
            assertEquals(n, c.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i % 3 == 0 ? "" : "change " + i, new String(c.get(i), StandardCharsets.UTF_8));
            }
            assertEquals(0, c.get(n + 5).length);
            Postings p = s.postings("paths");
            assertEquals(2052 / 7 + 1, p.count("p/1"));
            assertEquals(2045, p.floor("p/1", 2050));
            assertEquals(List.of("p/0", "p/1", "p/2"), p.keysWithPrefix("p/", 3));
            Blobs b = s.blobs("checkpoints");
            assertEquals(3, b.count());
            assertEquals("replaced", new String(b.get(0), StandardCharsets.UTF_8));
            assertEquals(1000L, b.floor(1999).getKey());
            assertEquals("state at 2000", new String(b.floor(5000).getValue(), StandardCharsets.UTF_8));
            assertNull(b.floor(-1));
            assertNull(b.get(5));
            assertEquals("replaced".length() + 2 * "state at 1000".length(), b.bytes());
            assertEquals(0, s.column("missing").size());
            assertEquals(0, s.postings("missing").count("x"));
            assertNull(s.blobs("missing").get(0));
        }
    }

    /**
     * Events and column values of tens of kilobytes close their blocks by bytes, not by count;
     * every one reads back after reopening, in any order, with neighbours across block edges.
     */
    @Test
    void largeEventsAndValuesCloseBlocksByBytes() {
        StoreCatalog catalog = Stores.catalog(dir);
        Fingerprint fp = TestEvents.fingerprint("large");
        int n = 700;
        try (LogStoreWriter w = catalog.create(fp, 0)) {
            Column.Writer changes = w.column("changes");
            for (int i = 0; i < n; i++) {
                com.fasterxml.jackson.databind.node.ObjectNode record = TestEvents.JSON.createObjectNode();
                record.put("i", i).put("pad", "x".repeat(i % 5 == 0 ? 60_000 : 20));
                w.append(new Event(i, i, "T", "L", null, null, Event.NO_DURATION, null, null, null, record, null, i));
                changes.append(valueOf(i));
            }
            w.commit().close();
        }
        try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
            Column c = s.column("changes");
            Random r = new Random(4);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) order.add(i);
            java.util.Collections.shuffle(order, r);
            for (int i : order) {
                assertArrayEquals(valueOf(i), c.get(i), "value " + i);
                assertEquals(i, s.event(i).record().get("i").asInt(), "event " + i);
            }
            List<Long> scanned = new ArrayList<>();
            s.scan(n - 400, n, e -> scanned.add(e.offset()));
            assertEquals(400, scanned.size());
            assertEquals(n - 1, scanned.get(399));
        }
    }

    /** Every seventh value is 300 KB: a block of 1,024 of them would be 40 MB. */
    private static byte[] valueOf(int i) {
        byte[] v = new byte[i % 7 == 0 ? 300_000 : 10];
        java.util.Arrays.fill(v, (byte) i);
        return v;
    }
}
