package dev.chronoscope.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the files of a JSON log in turn. The first {@value #DETECT_RECORDS} good records (fewer
 * when they are large: at most {@value #DETECT_NODES} JSON values in all) are held back until the
 * profile is chosen from them; after that records are mapped one at a time as they are read, so
 * memory does not grow with the log.
 */
final class JsonReader implements EventReader {
    static final int DETECT_RECORDS = 200;
    /** Records of 50,000 fields each would hold 200 × 50,000 parsed values back for detection. */
    static final int DETECT_NODES = 1 << 20;

    private final LogInput input;
    private final ReadContext context;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private final TimeOrder order = new TimeOrder();
    private int fileIndex = -1;
    private RecordSource source;
    private String file;
    private EventMapper mapper;
    private long records;
    private boolean finished;

    private record Held(ObjectNode record, long line, String file) {}

    JsonReader(LogInput input, ReadContext context) {
        this.input = input;
        this.context = context;
    }

    @Override
    public Event next() throws IOException {
        if (mapper == null) chooseProfile();
        Held first = held.poll();
        if (first != null) return emit(first.record, first.line, first.file);
        ObjectNode record = nextRecord();
        if (record == null) {
            finish();
            return null;
        }
        return emit(record, source.line(), file);
    }

    @Override
    public long recordsRead() {
        return records;
    }

    private void chooseProfile() throws IOException {
        List<ObjectNode> first = new ArrayList<>();
        long nodes = 0;
        while (held.size() < DETECT_RECORDS && nodes < DETECT_NODES) {
            ObjectNode record = nextRecord();
            if (record == null) break;
            held.add(new Held(record, source.line(), file));
            first.add(record);
            nodes += valuesIn(record, DETECT_NODES);
        }
        Profile profile = context.chooseProfile(first);
        mapper = new EventMapper(profile.mapping());
    }

    /** The JSON values in the tree, counting no further than limit. */
    private static long valuesIn(JsonNode root, long limit) {
        ArrayDeque<JsonNode> open = new ArrayDeque<>();
        open.push(root);
        long count = 0;
        while (!open.isEmpty() && count < limit) {
            JsonNode node = open.pop();
            count++;
            if (node.isContainerNode()) for (JsonNode child : node) open.push(child);
        }
        return count;
    }

    private Event emit(ObjectNode record, long line, String inFile) {
        Event event = mapper.map(record, line);
        order.observe(event.time(), inFile, line);
        return event;
    }

    private ObjectNode nextRecord() throws IOException {
        while (true) {
            if (source == null && !openNextFile()) return null;
            ObjectNode record = source.next();
            if (record != null) {
                records++;
                return record;
            }
            source.close();
            source = null;
            if (context.cancelled()) return null;
        }
    }

    private boolean openNextFile() throws IOException {
        if (++fileIndex >= input.files().size()) return false;
        Path path = input.files().get(fileIndex);
        file = path.toString();
        source = switch (FileShape.of(path)) {
            case LINES -> new JsonLinesSource(file, Files.newInputStream(path), Files.size(path), context);
            case ARRAY -> new JsonStreamSource(path, true, context);
            case CONCATENATED -> new JsonStreamSource(path, false, context);
        };
        return true;
    }

    private void finish() {
        if (finished) return;
        finished = true;
        String backwards = order.warning(input.files().size() > 1);
        if (backwards != null) context.warning(backwards);
        if (mapper != null && mapper.unreadableTimes() > 0) {
            context.warning(mapper.unreadableTimes() + " records have a time that is neither a number nor an ISO-8601 date-time"
                    + " (first at line " + mapper.firstUnreadableTimeLine() + ")");
        }
        if (mapper != null) mapper.wrongShapeWarnings().forEach(context::warning);
        if (mapper != null && mapper.outOfRangeTimes() > 0) {
            context.warning(mapper.outOfRangeTimes() + " numeric times are too large for their unit to be a time in ns (first at line "
                    + mapper.firstOutOfRangeLine() + "); they have no time");
        }
    }

    @Override
    public void close() throws IOException {
        if (source != null) source.close();
        source = null;
    }
}
