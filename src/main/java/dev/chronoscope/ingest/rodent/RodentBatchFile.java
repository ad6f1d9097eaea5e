package dev.chronoscope.ingest.rodent;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.google.protobuf.WireFormat;
import dev.chronoscope.ingest.ReadContext;
import dev.chronoscope.ingest.ReadContext.PositionKind;
import dev.chronoscope.ingest.rodent.proto.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One {@code .pb} file: a raw {@code rodent.EventBatch}. The top level is scanned first, without
 * decoding events, so that a file holding some other message is rejected whole (naming the field
 * and byte where it stops looking like a batch) instead of yielding garbage events, and a file cut
 * short keeps every event before the cut. Events are then decoded one at a time, so a batch never
 * exists as a whole object graph, and one undecodable event is reported and skipped.
 */
final class RodentBatchFile {
    private static final int EVENTS = 1;
    private static final int BATCH_TIMESTAMP = 2;
    private static final int BATCH_ID = 3;

    private final String name;
    private final byte[] bytes;
    private int[] starts = new int[1024];
    private int[] lengths = new int[1024];
    private int count;
    private int next;
    private long batchTimestamp;

    private RodentBatchFile(Path file, byte[] bytes) {
        this.name = file.toString();
        this.bytes = bytes;
    }

    /** Reads and scans a file; problems go to the context and leave only the readable events. */
    static RodentBatchFile open(Path file, ReadContext context) throws IOException {
        RodentBatchFile batch = new RodentBatchFile(file, Files.readAllBytes(file));
        batch.scan(context);
        return batch;
    }

    long batchTimestamp() {
        return batchTimestamp;
    }

    private void scan(ReadContext context) {
        CodedInputStream in = CodedInputStream.newInstance(bytes);
        int tagAt = 0;
        try {
            while (!in.isAtEnd()) {
                tagAt = in.getTotalBytesRead();
                int tag = in.readTag();
                int field = WireFormat.getTagFieldNumber(tag);
                int wire = WireFormat.getTagWireType(tag);
                if (field == EVENTS && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    int length = in.readRawVarint32();
                    int start = in.getTotalBytesRead();
                    if (length < 0 || start + (long) length > bytes.length) {
                        truncated(context, tagAt);
                        return;
                    }
                    add(start, length);
                    in.skipRawBytes(length);
                } else if (field == BATCH_TIMESTAMP && wire == WireFormat.WIRETYPE_VARINT) {
                    batchTimestamp = in.readInt64();
                } else if (field == BATCH_ID && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    if (!in.readBytes().isValidUtf8()) {
                        notABatch(context, tagAt, "batch_id (field 3) is not UTF-8 text");
                        return;
                    }
                } else {
                    notABatch(context, tagAt, "unexpected field " + field + " (wire type " + wire + ")");
                    return;
                }
            }
        } catch (InvalidProtocolBufferException e) {
            if (e.getMessage() != null && e.getMessage().contains("truncated")) {
                truncated(context, tagAt);
            } else {
                notABatch(context, tagAt, e.getMessage());
            }
        } catch (IOException e) {
            notABatch(context, tagAt, e.getMessage());
        }
    }

    private void truncated(ReadContext context, int at) {
        context.error(name, at, PositionKind.BYTE, "file is cut short (" + bytes.length + " bytes): the record starting at byte "
                + at + " is incomplete; " + count + " events before it were kept");
    }

    private void notABatch(ReadContext context, int at, String why) {
        context.error(name, at, PositionKind.BYTE, "not a rodent.EventBatch: " + why + " at byte " + at
                + "; the file's " + count + " earlier records were dropped");
        count = 0;
    }

    private void add(int start, int length) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = start;
        lengths[count] = length;
        count++;
    }

    /** The next decodable event, or null when the file is done; bad events are reported and skipped. */
    Event next(ReadContext context) {
        while (next < count) {
            int i = next++;
            try {
                Event event = Event.parser().parseFrom(bytes, starts[i], lengths[i]);
                String problem = wrongWireType(event.getUnknownFields());
                if (problem == null) return event;
                context.error(name, starts[i], PositionKind.BYTE, "event " + (i + 1) + " of the batch: " + problem);
            } catch (InvalidProtocolBufferException e) {
                context.error(name, starts[i], PositionKind.BYTE, "event " + (i + 1) + " of the batch does not decode: " + e.getMessage());
            }
        }
        return null;
    }

    private static String wrongWireType(UnknownFieldSet unknown) {
        for (Integer number : unknown.asMap().keySet()) {
            // the schema knows 1-6 and 10-19: an unknown field with such a number had a wrong wire type
            if (number <= 6 || (number >= 10 && number <= 19)) return "field " + number + " has the wrong wire type for a rodent.events.Event";
        }
        return null;
    }
}
