package dev.chronoscope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * OpenTelemetry traces as OTLP JSON: the file exporter's JSON Lines (one
 * {@code {"resourceSpans":[...]}} per line), whole {@code TracesData} documents, and bare
 * {@code ResourceSpans} objects per line. Spans are sorted by start time (see {@link OtlpReader});
 * built-in profile {@code otlp}.
 */
public final class OtlpFormat implements LogFormat {

    @Override
    public String name() {
        return "otlp";
    }

    /** 95 when the first object's start names resourceSpans, or scopeSpans with spans. */
    @Override
    public int sniff(LogInput input) throws IOException {
        byte[] head = input.head(1 << 14);
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) text = text.substring(1).stripLeading();
        if (!text.startsWith("{")) return 0;
        if (text.contains("\"resourceSpans\"")) return 95;
        boolean scopes = text.contains("\"scopeSpans\"") || text.contains("\"instrumentationLibrarySpans\"");
        return scopes && text.contains("\"spans\"") ? 95 : 0;
    }

    @Override
    public EventReader open(LogInput input, ReadContext context) {
        return new OtlpReader(input, context);
    }

    @Override
    public String defaultProfile() {
        return "otlp";
    }

    @Override
    public boolean sortsByTime() {
        return true;
    }
}
