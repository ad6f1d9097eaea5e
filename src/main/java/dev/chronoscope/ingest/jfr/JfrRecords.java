package dev.chronoscope.ingest.jfr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedClassLoader;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedObject;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordedThreadGroup;

/**
 * The typed fields of a JFR event as a JSON record. Threads become {@code {javaName, javaThreadId,
 * osThreadId}} (plus {@code osName} when there is no Java name), classes their names, methods
 * {@code Class.method}, stack traces their top frames, timestamps epoch nanoseconds and timespans
 * nanoseconds. Any field may be null, and so may any value inside a constant pool: all of them
 * become JSON null instead of an exception.
 *
 * <p>The JDK's parser hands out one object per stack trace of a chunk's constant pool, shared by
 * every event with that stack, but builds new frame objects on each {@code getFrames()}; so the
 * JSON of a stack (and of a thread, likewise shared) is made once per object and shared by the records (they are encoded for
 * the sort right away, never changed). One instance per reader; not thread-safe.
 */
final class JfrRecords {
    static final int TOP_FRAMES = 5;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final int OBJECTS_KEPT = 4096;

    private final Map<RecordedStackTrace, ObjectNode> stacks = new IdentityHashMap<>();
    private final Map<RecordedThread, ObjectNode> threads = new IdentityHashMap<>();

    /** All fields except the envelope's {@code startTime} and {@code duration}. */
    ObjectNode record(RecordedObject event) {
        ObjectNode out = NODES.objectNode();
        for (ValueDescriptor field : event.getFields()) {
            String name = field.getName();
            if (name.equals("startTime") || name.equals("duration")) continue;
            out.set(name, field(event, field));
        }
        return out;
    }

    private JsonNode field(RecordedObject o, ValueDescriptor field) {
        String name = field.getName();
        try {
            String content = field.getContentType();
            if ("jdk.jfr.Timestamp".equals(content)) return NODES.numberNode(epochNanos(o.getInstant(name)));
            if ("jdk.jfr.Timespan".equals(content)) return NODES.numberNode(nanos(o.getDuration(name)));
            return value(o.getValue(name));
        } catch (RuntimeException unreadable) {
            // a value the JDK's parser cannot give in the declared type: keep the raw value if any
            try {
                return value(o.getValue(name));
            } catch (RuntimeException stillUnreadable) {
                return NODES.nullNode();
            }
        }
    }

    JsonNode value(Object v) {
        if (v == null) return NODES.nullNode();
        if (v instanceof RecordedThread t) return cachedThread(t);
        if (v instanceof RecordedClass c) return NODES.textNode(c.getName());
        if (v instanceof RecordedStackTrace st) return stack(st);
        if (v instanceof RecordedMethod m) return NODES.textNode(method(m));
        if (v instanceof RecordedClassLoader cl) return NODES.textNode(cl.getName() != null ? cl.getName()
                : cl.getType() != null ? cl.getType().getName() : "(bootstrap)");
        if (v instanceof RecordedThreadGroup g) return g.getName() == null ? NODES.nullNode() : NODES.textNode(g.getName());
        if (v instanceof RecordedFrame f) return NODES.textNode(frame(f));
        if (v instanceof RecordedObject o) return record(o);
        if (v instanceof Boolean b) return NODES.booleanNode(b);
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return NODES.numberNode(((Number) v).intValue());
        if (v instanceof Long l) return NODES.numberNode(l);
        if (v instanceof Float f) return NODES.numberNode(f);
        if (v instanceof Double d) return NODES.numberNode(d);
        if (v instanceof Object[] array) {
            ArrayNode a = NODES.arrayNode();
            for (Object element : array) a.add(value(element));
            return a;
        }
        return NODES.textNode(v.toString());
    }

    private ObjectNode cachedThread(RecordedThread t) {
        ObjectNode known = threads.get(t);
        if (known != null) return known;
        if (threads.size() >= OBJECTS_KEPT) threads.clear();
        ObjectNode o = thread(t);
        threads.put(t, o);
        return o;
    }

    static ObjectNode thread(RecordedThread t) {
        ObjectNode o = NODES.objectNode();
        o.put("javaName", t.getJavaName());
        o.put("javaThreadId", t.getJavaThreadId());
        o.put("osThreadId", t.getOSThreadId());
        if (t.getJavaName() == null) o.put("osName", t.getOSName());
        return o;
    }

    /** {@code main (1)}; JVM-internal threads have only an OS name and id. */
    static String lane(RecordedThread t) {
        if (t == null) return "(no thread)";
        String name = t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        if (name == null) name = "thread";
        long id = t.getJavaThreadId();
        return id > 0 ? name + " (" + id + ")" : name + " (os " + t.getOSThreadId() + ")";
    }

    private ObjectNode stack(RecordedStackTrace st) {
        ObjectNode known = stacks.get(st);
        if (known != null) return known;
        if (stacks.size() >= OBJECTS_KEPT) stacks.clear();
        ObjectNode o = NODES.objectNode();
        List<RecordedFrame> frames = st.getFrames();
        ArrayNode top = o.putArray("top");
        for (int i = 0; i < Math.min(TOP_FRAMES, frames.size()); i++) top.add(frame(frames.get(i)));
        o.put("depth", frames.size());
        o.put("truncated", st.isTruncated());
        stacks.put(st, o);
        return o;
    }

    private static String frame(RecordedFrame f) {
        String m = f.getMethod() == null ? "(unknown)" : method(f.getMethod());
        return f.getLineNumber() > 0 ? m + ":" + f.getLineNumber() : m;
    }

    private static String method(RecordedMethod m) {
        String type = m.getType() == null ? "?" : m.getType().getName();
        return type + "." + m.getName();
    }

    static long epochNanos(Instant i) {
        if (i == null) return Long.MIN_VALUE;
        try {
            return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
        } catch (ArithmeticException out) {
            return i.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    static long nanos(Duration d) {
        if (d == null) return -1;
        try {
            return d.toNanos();
        } catch (ArithmeticException forever) {
            return Long.MAX_VALUE;
        }
    }
}
