package dev.chronoscope.ingest.jfr;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import java.util.List;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

/**
 * One JFR event → a Chronoscope event, plus a synthetic end event for the interval types whose
 * "now" matters to state (blocked on a monitor, waiting, sleeping, parked, collecting garbage).
 *
 * <p>Why synthetic ends: state at the cursor is a fold of the events before it, and a duration
 * event says at its start that the thread is blocked but nothing says when it stops being so. The
 * reader therefore emits {@code <type>.end} at start + duration, with the same record and a link
 * {@code ends} to the start event's id ({@code jfr:<record number>}), and the sort puts it where
 * it happened. Rules then set a leaf on the start and remove it on the end. End events are not
 * records of the file: they are not counted in {@code recordsRead}.
 *
 * <p>Ids: a {@code jdk.ThreadStart} has id {@code thread:<javaThreadId>} of the started thread,
 * so its {@code parentThread} becomes a {@code parent} link to the parent thread's start event.
 */
final class JfrEvents {
    static final String END_SUFFIX = ".end";
    static final Set<String> INTERVAL_TYPES = Set.of("jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadSleep",
            "jdk.ThreadPark", "jdk.GarbageCollection");

    private JfrEvents() {}

    static Event toEvent(RecordedEvent e, long recordNumber, JfrRecords records) {
        String type = e.getEventType().getName();
        long time = JfrRecords.epochNanos(e.getStartTime());
        boolean hasDuration = e.getEventType().getField("duration") != null;
        long duration = hasDuration ? Math.max(0, JfrRecords.nanos(e.getDuration())) : Event.NO_DURATION;
        ObjectNode record = records.record(e);
        String id = null;
        List<Link> links = List.of();
        if (type.equals("jdk.ThreadStart")) {
            RecordedThread started = thread(e, "thread");
            RecordedThread parent = thread(e, "parentThread");
            if (started != null) id = threadId(started);
            if (parent != null) links = List.of(new Link("parent", threadId(parent)));
        } else if (INTERVAL_TYPES.contains(type)) {
            id = "jfr:" + recordNumber;
        }
        return new Event(Event.UNASSIGNED, time, type, JfrRecords.lane(e.getThread()), null, id, duration, null,
                links, null, record, record, recordNumber);
    }

    /** The end of an interval event, or null for other types. */
    static Event endOf(Event start) {
        if (start.id() == null || !start.id().startsWith("jfr:") || !start.hasDuration()) return null;
        long end = start.time() == Event.NO_TIME ? Event.NO_TIME : start.time() + start.duration();
        return new Event(Event.UNASSIGNED, end, start.type() + END_SUFFIX, start.lane(), start.hasSeverity() ? start.severity() : null, null,
                Event.NO_DURATION, null, List.of(new Link("ends", start.id())), null, start.record(), start.record(),
                start.line());
    }

    static String threadId(RecordedThread t) {
        return "thread:" + (t.getJavaThreadId() > 0 ? t.getJavaThreadId() : "os" + t.getOSThreadId());
    }

    private static RecordedThread thread(RecordedEvent e, String field) {
        if (!e.hasField(field)) return null;
        try {
            return e.getThread(field);
        } catch (RuntimeException notAThread) {
            return null;
        }
    }
}
