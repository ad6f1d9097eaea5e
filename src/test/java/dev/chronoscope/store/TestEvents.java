package dev.chronoscope.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Kernel-trace-like events for store tests and the store bench. */
final class TestEvents {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TYPES = {"sched_switch", "sched_wakeup", "sys_enter_read", "sys_exit_read", "irq_handler_entry"};
    private static final String[] COMMS = {"kworker/3:1", "java", "systemd-journal", "chrome", "Xorg", "pulseaudio"};

    private TestEvents() {}

    static Fingerprint fingerprint(String name) {
        return new Fingerprint(name.replaceAll("[^A-Za-z0-9]", "_"), name + " (test)");
    }

    /** A ~200-byte JSON record like a kernel tracer writes, deterministic in seed. */
    static String kernelJson(long i, Random r) {
        String type = TYPES[(int) (i % TYPES.length)];
        return "{\"ts\":" + (1_700_000_000_000_000_000L + i * 1000 + r.nextInt(500))
                + ",\"cpu\":" + r.nextInt(8) + ",\"pid\":" + (1000 + r.nextInt(64)) + ",\"tid\":" + (2000 + r.nextInt(256))
                + ",\"event\":\"" + type + "\",\"comm\":\"" + COMMS[r.nextInt(COMMS.length)]
                + "\",\"prev_state\":\"" + (r.nextBoolean() ? "R" : "S") + "\",\"next_pid\":" + r.nextInt(40000)
                + ",\"prio\":" + (100 + r.nextInt(40)) + ",\"seq\":" + i + ",\"id\":\"ev-" + i + "\"}";
    }

    static Event kernelEvent(long i, Random r) {
        try {
            ObjectNode rec = (ObjectNode) JSON.readTree(kernelJson(i, r));
            return new Event(i, rec.get("ts").longValue(), rec.get("event").textValue(), "cpu" + rec.get("cpu").intValue(),
                    i % 997 == 0 ? Severity.ERROR : Severity.INFO, rec.get("id").textValue(), Event.NO_DURATION, null,
                    i % 3 == 0 && i > 0 ? List.of(new Link("parent", "ev-" + (i - 1))) : List.of(), null, rec, rec, i + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path tempDir(String prefix) {
        try {
            return java.nio.file.Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
