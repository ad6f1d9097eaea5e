package dev.chronoscope.ingest.jfr;

import dev.chronoscope.ingest.EventReader;
import dev.chronoscope.ingest.LogFormat;
import dev.chronoscope.ingest.LogInput;
import dev.chronoscope.ingest.ReadContext;
import java.io.IOException;
import java.util.Arrays;

/**
 * JDK Flight Recorder recordings, read with the JDK's own {@code jdk.jfr.consumer} API. Events are
 * sorted by start time (an external sort with a bounded buffer); the state comes from the built-in
 * {@code jfr} profile, helped by the synthetic {@code .end} events described in {@link JfrEvents}.
 */
public final class JfrFormat implements LogFormat {

    @Override
    public String name() {
        return "jfr";
    }

    @Override
    public int sniff(LogInput input) throws IOException {
        byte[] head = input.head(4);
        if (Arrays.equals(head, JfrChunks.MAGIC)) return 100;
        boolean named = !input.files().isEmpty() && input.files().get(0).getFileName().toString().endsWith(".jfr");
        return named ? 10 : 0;
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) {
        return new JfrReader(input.files(), context, JfrReader.SORT_BUDGET_BYTES);
    }

    @Override
    public String defaultProfile() {
        return "jfr";
    }

    @Override
    public boolean sortsByTime() {
        return true;
    }
}
