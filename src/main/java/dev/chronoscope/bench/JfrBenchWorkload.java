package dev.chronoscope.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import jdk.jfr.Configuration;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Recording;

/**
 * A recording of a short workload for the reader benchmark: the JDK's "default" settings (thread,
 * GC, CPU and allocation events as they come) plus one small application event committed per
 * unit of work, so the recording holds about the asked number of events.
 */
final class JfrBenchWorkload {

    @Name("chronoscope.bench.Work")
    @Label("Work")
    static final class WorkEvent extends Event {
        String item;
        long index;
        int size;
    }

    private JfrBenchWorkload() {}

    static Path record(Path file, long events) throws IOException {
        Configuration settings;
        try {
            settings = Configuration.getConfiguration("default");
        } catch (ParseException e) {
            throw new IOException("the JDK's default JFR settings do not parse: " + e.getMessage(), e);
        }
        try (Recording recording = new Recording(settings)) {
            recording.enable(WorkEvent.class);
            recording.start();
            for (long i = 0; i < events; i++) {
                WorkEvent work = new WorkEvent();
                work.begin();
                work.item = (i & 1) == 0 ? "even" : "odd";
                work.index = i;
                work.size = (int) (i % 512);
                work.commit();
            }
            recording.stop();
            recording.dump(file);
        }
        return file;
    }
}
