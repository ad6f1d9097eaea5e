package dev.chronoscope.ingest.rodent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import dev.chronoscope.event.Event;
import dev.chronoscope.ingest.ErrorCollectingContext;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.ReadContext.PositionKind;
import dev.chronoscope.ingest.rodent.proto.DataTransferEvent;
import dev.chronoscope.ingest.rodent.proto.DataTransferTransferPayload;
import dev.chronoscope.ingest.rodent.proto.StorageEvent;
import dev.chronoscope.ingest.rodent.proto.StoragePoolPayload;
import dev.chronoscope.query.Filters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RodentBadInputTest {
    @TempDir
    Path dir;

    private static List<Event> read(Path input, ErrorCollectingContext ctx) throws IOException {
        return ErrorCollectingContext.readAll(new RodentFormat().open(LogInput.of(input), ctx));
    }

    private static dev.chronoscope.ingest.rodent.proto.Event pool(String id, long ms) {
        return RodentFixtures.event(id, ms).setStorageEvent(StorageEvent.newBuilder().setPoolEvent(
                StoragePoolPayload.newBuilder().setPoolName("p" + id).setOperation(StoragePoolPayload.Operation.STORAGE_POOL_OPERATION_CREATED))).build();
    }

    @Test
    void aTruncatedFileKeepsItsEarlierEventsAndTheNextFileIsRead() throws IOException {
        Path a = RodentFixtures.writeBatch(dir.resolve("a.pb"), pool("1", 1000), pool("2", 2000), pool("3", 3000));
        RodentFixtures.writeBatch(dir.resolve("b.pb"), pool("4", 4000));
        byte[] bytes = Files.readAllBytes(a);
        Files.write(a, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(dir, ctx);
        List<String> ids = events.stream().map(Event::id).toList();
        assertTrue(ids.contains("4"), ids.toString());
        assertTrue(ids.contains("1"), ids.toString());
        assertTrue(ids.size() < 4, ids.toString());
        assertEquals(1, ctx.errors.size(), ctx.errors.toString());
        ErrorCollectingContext.Problem p = ctx.errors.get(0);
        assertEquals(a.toString(), p.file());
        assertEquals(PositionKind.BYTE, p.kind());
        assertTrue(p.position() > 0 && p.position() < bytes.length);
        assertTrue(p.reason().contains("cut short"), p.reason());
    }

    /** UNSPECIFIED, or a level newer than rodent.md, is no severity: severity filters skip the event. */
    @Test
    void anUnspecifiedOrUnknownLevelGivesNoSeverity() throws IOException {
        RodentFixtures.writeBatch(dir.resolve("a.pb"),
                pool("1", 1000).toBuilder().setLevel(dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_UNSPECIFIED).build(),
                pool("2", 2000).toBuilder().setLevelValue(42).build(),
                pool("3", 3000).toBuilder().setLevel(dev.chronoscope.ingest.rodent.proto.EventLevel.EVENT_LEVEL_ESSENTIAL).build(),
                pool("4", 4000));
        List<Event> events = read(dir, new ErrorCollectingContext());
        assertEquals(List.of(false, false, true, true), events.stream().map(Event::hasSeverity).toList());
        assertEquals(dev.chronoscope.event.Severity.INFO, events.get(2).severity());
        assertEquals("42", events.get(1).field("level").asText(), "a level newer than our schema shows as its number");
    }

    /** An operation newer than our schema: the type and the record name its number, not protobuf's placeholder. */
    @Test
    void anUnknownOperationIsNamedByItsNumber() throws IOException {
        RodentFixtures.writeBatch(dir.resolve("a.pb"), RodentFixtures.event("1", 1000).setStorageEvent(StorageEvent.newBuilder()
                .setPoolEvent(StoragePoolPayload.newBuilder().setPoolName("tank").setOperationValue(12))).build());
        List<Event> events = read(dir, new ErrorCollectingContext());
        assertEquals("StoragePool.12", events.get(0).type());
        assertEquals("12", events.get(0).field("operation").asText());
    }

    /** Unix ms beyond about year 2262 (or before 1677) have no time in ns: no wrapped-around time is made up. */
    @Test
    void aTimestampBeyondTheRangeOfNanosecondsLeavesTheEventWithoutTime() throws IOException {
        RodentFixtures.writeBatch(dir.resolve("a.pb"), pool("1", 1L << 62), pool("2", Long.MIN_VALUE),
                pool("3", -86_400_000L), pool("4", 9_223_372_036_854L));
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(dir, ctx);
        assertEquals(List.of("1", "2", "3", "4"), events.stream().map(Event::id).toList(), "the events are kept");
        assertEquals(List.of(false, false, true, true), events.stream().map(Event::hasTime).toList());
        assertEquals(-86_400_000_000_000L, events.get(2).time());
        assertEquals(9_223_372_036_854_000_000L, events.get(3).time());
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
        assertTrue(ctx.warnings.stream().anyMatch(w -> w.contains("2 event(s) have a timestamp")), ctx.warnings.toString());
    }

    @Test
    void aFileHoldingAnotherMessageIsRejectedWhole() throws IOException {
        Path wrong = dir.resolve("a.pb");
        Files.write(wrong, pool("1", 1000).toByteArray());
        Files.write(dir.resolve("b.pb"), "this is not protobuf at all".getBytes());
        RodentFixtures.writeBatch(dir.resolve("c.pb"), pool("2", 2000));
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(dir, ctx);
        assertEquals(List.of("2"), events.stream().map(Event::id).toList());
        assertEquals(2, ctx.errors.size(), ctx.errors.toString());
        assertEquals(wrong.toString(), ctx.errors.get(0).file());
        assertTrue(ctx.errors.get(0).reason().startsWith("not a rodent.EventBatch"), ctx.errors.get(0).reason());
        assertTrue(ctx.errors.get(1).file().endsWith("b.pb"));
    }

    @Test
    void unknownPayloadsAreDecodedGenerically() throws Exception {
        UnknownFieldSet nested = UnknownFieldSet.newBuilder()
                .addField(1, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("quota-7")).build())
                .addField(2, UnknownFieldSet.Field.newBuilder().addVarint(95).build()).build();
        // field 3 of StorageEvent is not in the schema; field 25 of Event is a payload from the future
        StorageEvent storage = StorageEvent.newBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(3, UnknownFieldSet.Field.newBuilder().addLengthDelimited(nested.toByteString()).build()).build()).build();
        dev.chronoscope.ingest.rodent.proto.Event inWrapper = RodentFixtures.event("w", 1000).setStorageEvent(storage).build();
        dev.chronoscope.ingest.rodent.proto.Event inEvent = RodentFixtures.event("e", 2000).setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(25, UnknownFieldSet.Field.newBuilder().addLengthDelimited(nested.toByteString()).build()).build()).build();
        RodentFixtures.writeBatch(dir.resolve("a.pb"), inWrapper, inEvent);
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(dir, ctx);
        assertTrue(ctx.errors.isEmpty(), ctx.errors.toString());
        assertEquals("StorageEvent#3", events.get(0).type());
        assertEquals("quota-7", events.get(0).field("storage_event.3.1").asText());
        assertEquals(95, events.get(0).field("2").asInt(), "the unknown payload is the body");
        assertEquals("Event#25", events.get(1).type());
        assertEquals(95, events.get(1).field("25.2").asInt());
        assertTrue(Filters.parse("$.2 > 90 and $.25.1 = quota-7").test(events.get(1)), "numbered fields are filterable");
    }

    @Test
    void oldAndNewTransferPayloads() throws IOException {
        dev.chronoscope.ingest.rodent.proto.Event old = RodentFixtures.event("old", 1000).setDataTransferEvent(DataTransferEvent.newBuilder()
                .setTransferEvent(DataTransferTransferPayload.newBuilder().setTransferId("t1").setTransferInfoJson("nas-01:/export/home")
                        .setOperation(DataTransferTransferPayload.Operation.DATA_TRANSFER_TRANSFER_OPERATION_STARTED))).build();
        dev.chronoscope.ingest.rodent.proto.Event now = RodentFixtures.event("new", 2000).setDataTransferEvent(DataTransferEvent.newBuilder()
                .setTransferEvent(DataTransferTransferPayload.newBuilder().setTransferId("t1").setTransferInfoJson("{\"bytes_done\": 42}")
                        .setOperation(DataTransferTransferPayload.Operation.DATA_TRANSFER_TRANSFER_OPERATION_PROGRESS))).build();
        RodentFixtures.writeBatch(dir.resolve("a.pb"), old, now);
        List<Event> events = read(dir, new ErrorCollectingContext());
        assertEquals("DataTransfer.STARTED", events.get(0).type());
        assertEquals("nas-01:/export/home", events.get(0).field("data_transfer_event.transfer_event.source").asText());
        assertEquals("nas-01:/export/home", events.get(0).body().get("source").asText());
        assertEquals(null, events.get(0).field("transfer_info"));
        assertEquals(42, events.get(1).field("transfer_info.bytes_done").asInt());
        assertEquals(null, events.get(1).field("transfer_info_json"));
    }

    @Test
    void anUndecodableEventIsSkippedAndTheBatchGoesOn() throws IOException {
        byte[] good = pool("1", 1000).toByteArray();
        byte[] bad = {(byte) 0x0A, (byte) 0x05, 'a', 'b'}; // event_id claims 5 bytes but the event holds 2
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.google.protobuf.CodedOutputStream c = com.google.protobuf.CodedOutputStream.newInstance(out);
        c.writeByteArray(1, bad);
        c.writeByteArray(1, good);
        c.flush();
        Files.write(dir.resolve("a.pb"), out.toByteArray());
        ErrorCollectingContext ctx = new ErrorCollectingContext();
        List<Event> events = read(dir, ctx);
        assertEquals(List.of("1"), events.stream().map(Event::id).toList());
        assertEquals(1, ctx.errors.size());
        assertEquals(2, ctx.errors.get(0).position(), "the bad event starts after its tag and length");
        assertTrue(ctx.errors.get(0).reason().contains("event 1 of the batch"), ctx.errors.get(0).reason());
    }
}
