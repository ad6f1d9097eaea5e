package dev.chronoscope.ingest.rodent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.ingest.ErrorCollectingContext;
import dev.chronoscope.ingest.LogFormats;
import dev.chronoscope.ingest.LogInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RodentFormatTest {
    private static final long EVENTS = 18_500;

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void generate() throws IOException {
        folder = RodentFixtures.generate(dir.resolve("gen"), EVENTS, 7);
    }

    private static List<Event> read(Path input, ErrorCollectingContext ctx) throws IOException {
        return ErrorCollectingContext.readAll(new RodentFormat().open(LogInput.of(input), ctx));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static Event first(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow(() -> new AssertionError(type));
    }

    @Test
    void generatedFolderRoundTrips() throws IOException {
        List<Path> files = files(folder);
        assertEquals(2, files.size());
        for (Path f : files) assertTrue(f.getFileName().toString().matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\.pb"), f.toString());
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(folder, ctx);
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
        assertEquals(EVENTS, events.size());
        for (int i = 1; i < events.size(); i++) assertTrue(events.get(i - 1).time() < events.get(i).time(), "time order at " + i);
        assertEquals(Files.size(files.get(0)) + Files.size(files.get(1)), ctx.bytes);
    }

    @Test
    void theProfileIsChosenBeforeTheFirstEventIsHandedOut() throws IOException {
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        try (var reader = new RodentFormat().open(LogInput.of(folder), ctx)) {
            assertNotNull(reader.next());
            assertEquals(1, ctx.profileChoices);
            reader.next();
            assertEquals(1, ctx.profileChoices);
        }
    }

    @Test
    void theStoryIsInTheLog() throws IOException {
        List<Event> events = read(folder, new ErrorCollectingContext());
        assertEquals("SystemStartup", events.get(0).type());
        Event failed = first(events, "DataTransfer.FAILED");
        Event resumed = first(events, "DataTransfer.RESUMED");
        assertTrue(events.indexOf(first(events, "DataTransfer.STARTED")) < events.indexOf(failed));
        assertTrue(events.indexOf(failed) < events.indexOf(resumed));
        assertTrue(events.indexOf(resumed) < events.indexOf(first(events, "DataTransfer.COMPLETED")));
        assertEquals(List.of(new Link("caused-by", failed.id())), resumed.links());
        assertEquals("xfer-0001", resumed.chain());
        assertEquals(Severity.ERROR, failed.severity());
        assertEquals("connection reset by peer", failed.field("transfer_info.error").asText());
        long total = first(events, "DataTransfer.STARTED").field("transfer_info.total_bytes").asLong();
        assertTrue(events.stream().filter(e -> e.type().equals("DataTransfer.PROGRESS"))
                .allMatch(e -> e.field("transfer_info.bytes_done").asLong() < total), "progress stays below the total");

        Event smbdFailed = first(events, "ServiceStatus.FAILED");
        assertEquals("smbd", smbdFailed.field("service_name").asText());
        assertEquals(List.of(new Link("caused-by", smbdFailed.id())), first(events, "ServiceStatus.RESTARTED").links());

        List<String> sdcHealth = events.stream().filter(e -> e.type().startsWith("StorageDisk.")
                && "sdc".equals(e.field("device_id").asText()) && e.field("health") != null)
                .map(e -> e.field("health").asText()).distinct().toList();
        assertEquals(List.of("OK", "WARNING", "DEGRADED", "FAILED"), sdcHealth);
        assertEquals(Severity.CRITICAL, first(events, "StorageDisk.QUARANTINED").severity());
        assertTrue(events.stream().anyMatch(e -> e.type().equals("StorageSnapshot.DELETED")));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("SecurityAuth.LOGIN_SUCCESS")));
    }

    @Test
    void envelopeAndRecord() throws IOException {
        Event pool = first(read(folder, new ErrorCollectingContext()), "StoragePool.CREATED");
        assertEquals("zfs", pool.lane());
        assertEquals(pool.field("timestamp").asLong() * 1_000_000L, pool.time());
        assertEquals(pool.field("event_id").asText(), pool.id());
        assertEquals("STORAGE", pool.field("category").asText());
        assertEquals("INFO", pool.field("level").asText());
        assertEquals(Severity.INFO, pool.severity());
        assertTrue(pool.hasSeverity());
        assertEquals("CREATED", pool.field("storage_event.pool_event.operation").asText());
        assertEquals("tank", pool.field("pool_name").asText(), "payload fields are reachable without the wrappers");
        assertEquals(3, pool.field("devices").size());
        Event backup = read(folder, new ErrorCollectingContext()).stream().filter(e -> e.type().equals("StoragePool.CREATED")
                && e.field("pool_name").asText().equals("backup")).findFirst().orElseThrow();
        assertEquals(0, backup.field("used_bytes").asLong(), "proto3 zeros are values, not absences");
        assertEquals(null, backup.field("storage_event.dataset_event"));
    }

    @Test
    void generationIsDeterministicBySeed() throws IOException {
        Path again = RodentFixtures.generate(dir.resolve("again"), 500, 7);
        Path other = RodentFixtures.generate(dir.resolve("other"), 500, 8);
        Path same = RodentFixtures.generate(dir.resolve("same"), 500, 7);
        assertEquals(files(again).get(0).getFileName(), files(same).get(0).getFileName());
        assertArrayEquals(Files.readAllBytes(files(again).get(0)), Files.readAllBytes(files(same).get(0)));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(files(again).get(0)), Files.readAllBytes(files(other).get(0))));
        assertThrows(IOException.class, () -> RodentFixtures.generate(again, 10, 7), "refuses to mix with existing batches");
    }

    @Test
    void theCommittedSampleReadsCleanly() throws IOException {
        Path sample = Path.of(System.getProperty("chronoscope.samples", "sample-logs"), "rodent");
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(sample, ctx);
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
        assertEquals(new dev.chronoscope.generate.rodent.RodentScenario().defaultEvents(), events.size());
        assertEquals("rodent", LogFormats.sniff(LogInput.of(sample)).name());
    }

    @Test
    void sniffing() throws IOException {
        assertEquals("rodent", LogFormats.sniff(LogInput.of(folder)).name());
        assertTrue(new RodentFormat().sniff(LogInput.of(folder)) >= 90);
        Path json = Files.writeString(dir.resolve("log.json"), "{\"type\": \"A\"}\n");
        assertEquals(0, new RodentFormat().sniff(LogInput.of(json)));
    }
}
