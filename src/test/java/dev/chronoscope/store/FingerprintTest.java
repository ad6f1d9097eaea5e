package dev.chronoscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cache key of a log sees of its content, and that it stays one key per log. */
class FingerprintTest {
    private static final int SIZE = 4 * 1024 * 1024;
    @TempDir Path dir;

    private Path log() throws IOException {
        byte[] content = new byte[SIZE];
        new Random(7).nextBytes(content);
        return Files.write(dir.resolve("big.jsonl"), content);
    }

    private static Fingerprint of(Path log) throws IOException {
        return Fingerprint.of(log, List.of(log), "format=json", "engine=1");
    }

    /** Overwrites one byte and puts the modification time back, as a rewrite within the clock's resolution would. */
    private static void changeByteKeepingTime(Path log, long position) throws IOException {
        FileTime time = Files.getLastModifiedTime(log);
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
            file.seek(position);
            int old = file.read();
            file.seek(position);
            file.write(old ^ 0x5a);
        }
        Files.setLastModifiedTime(log, time);
    }

    @Test
    void aChangeInTheMiddleOfALargeLogWithTheSameSizeAndTimeIsAnotherVersion() throws IOException {
        Path log = log();
        Fingerprint before = of(log);
        assertEquals(before, of(log), "an unchanged log keeps its key");

        long[] middleBlock = Fingerprint.sampleRanges(SIZE).get(1 + Fingerprint.BLOCKS / 2);
        assertTrue(middleBlock[0] > SIZE / 3 && middleBlock[0] < 2L * SIZE / 3, "a block lies in the middle third");
        changeByteKeepingTime(log, middleBlock[0] + middleBlock[1] / 2);
        Fingerprint after = of(log);

        assertNotEquals(before.key(), after.key());
        assertEquals(before.logPart(), after.logPart(), "still the same log, so the catalog evicts the old version");
    }

    @Test
    void theSampleSpreadsEvenlyFromHeadToTail() {
        for (long size : List.of(200_000L, 4L * 1024 * 1024, 147_402_146L, 20L * 1024 * 1024 * 1024)) {
            List<long[]> ranges = Fingerprint.sampleRanges(size);
            assertEquals(Fingerprint.BLOCKS + 2, ranges.size());
            assertEquals(0, ranges.get(0)[0]);
            long[] tail = ranges.get(ranges.size() - 1);
            assertEquals(size, tail[0] + tail[1], "the tail ends the file");
            long sampled = 0;
            long largestGap = 0;
            for (int i = 1; i < ranges.size(); i++) {
                long[] previous = ranges.get(i - 1);
                long gap = ranges.get(i)[0] - (previous[0] + previous[1]);
                assertTrue(gap >= 0, "in file order, without overlaps");
                largestGap = Math.max(largestGap, gap);
            }
            for (long[] range : ranges) sampled += range[1];
            assertEquals(2 * 64 * 1024 + Fingerprint.BLOCKS * Fingerprint.BLOCK, sampled, "a fixed amount, whatever the size");
            assertTrue(largestGap <= size / (Fingerprint.BLOCKS - 1), size + ": gap " + largestGap);
        }
    }

    @Test
    void aSmallLogIsHashedWhole() throws IOException {
        assertEquals(1, Fingerprint.sampleRanges(100_000).size());
        assertEquals(100_000, Fingerprint.sampleRanges(100_000).get(0)[1]);
        Path log = Files.write(dir.resolve("small.jsonl"), new byte[100_000]);
        Fingerprint before = of(log);
        changeByteKeepingTime(log, 70_000);
        assertNotEquals(before.key(), of(log).key());
    }
}
