package dev.chronoscope.bench;

import dev.chronoscope.generate.Scenario;
import dev.chronoscope.generate.Scenarios;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Inputs of about N records for the reader benchmark, one per format. json and rodent come from
 * their scenarios; chrome, otlp and shiviz are small synthetic logs written here (shaped like what
 * the tools write: B/E, X, counters and flows; the file exporter's JSON Lines with a few spans a
 * line; a multi-host vector-clock log); jfr is a recording of a short workload
 * ({@link JfrBenchWorkload}).
 */
final class ReaderInputs {
    private static final int SPANS_PER_LINE = 8;
    private static final String[] SERVICES = {"frontend", "checkout", "payments", "inventory"};

    private ReaderInputs() {}

    static Path make(String format, Path dir, long n) throws IOException {
        return switch (format) {
            case "json" -> scenario("angzarr-kernel").write(dir.resolve("kernel.jsonl"), n, 42);
            case "rodent" -> scenario("rodent").write(dir.resolve("rodent"), n, 42);
            case "chrome" -> chrome(dir.resolve("trace.json"), n);
            case "otlp" -> otlp(dir.resolve("spans.jsonl"), n);
            case "shiviz" -> shiviz(dir.resolve("clocks.log"), n);
            case "jfr" -> JfrBenchWorkload.record(dir.resolve("workload.jfr"), n);
            default -> throw new IllegalArgumentException("no benchmark input for format " + format);
        };
    }

    static List<String> formats() {
        return List.of("json", "chrome", "otlp", "rodent", "shiviz", "jfr");
    }

    private static Scenario scenario(String name) {
        return Scenarios.byName(name).orElseThrow(() -> new IllegalStateException("scenario " + name + " is not registered"));
    }

    /** Threads with nested B/E slices and X slices, a counter, and v1 flows between threads. */
    private static Path chrome(Path file, long n) throws IOException {
        try (Writer w = writer(file)) {
            w.write("{\"traceEvents\":[\n");
            w.write("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"bench\"}}");
            for (int t = 1; t <= 4; t++) {
                w.write(",\n{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":" + t + ",\"args\":{\"name\":\"worker-" + t + "\"}}");
            }
            long ts = 1000;
            for (long i = 0; i < n; i += 6) {
                int tid = (int) (i / 6 % 4) + 1;
                long flow = i / 6;
                w.write(",\n{\"ph\":\"B\",\"name\":\"request\",\"cat\":\"io\",\"ts\":" + ts + ",\"pid\":1,\"tid\":" + tid + ",\"args\":{\"n\":" + i + "}}");
                w.write(",\n{\"ph\":\"X\",\"name\":\"parse\",\"cat\":\"cpu\",\"ts\":" + (ts + 1) + ",\"dur\":3,\"pid\":1,\"tid\":" + tid + "}");
                w.write(",\n{\"ph\":\"s\",\"name\":\"handoff\",\"cat\":\"flow\",\"id\":" + flow + ",\"ts\":" + (ts + 2) + ",\"pid\":1,\"tid\":" + tid + "}");
                w.write(",\n{\"ph\":\"E\",\"ts\":" + (ts + 5) + ",\"pid\":1,\"tid\":" + tid + "}");
                w.write(",\n{\"ph\":\"f\",\"bp\":\"e\",\"name\":\"handoff\",\"cat\":\"flow\",\"id\":" + flow + ",\"ts\":" + (ts + 6) + ",\"pid\":1,\"tid\":" + (tid % 4 + 1) + "}");
                w.write(",\n{\"ph\":\"C\",\"name\":\"queue\",\"ts\":" + (ts + 7) + ",\"pid\":1,\"args\":{\"depth\":" + (i % 17) + "}}");
                ts += 10;
            }
            w.write("\n]}\n");
        }
        return file;
    }

    /** Traces of a root span and children across services; children are written before their root, as exporters do. */
    private static Path otlp(Path file, long n) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        long start = 1_700_000_000_000_000_000L;
        try (Writer w = writer(file)) {
            for (long i = 0; i < n; i += SPANS_PER_LINE) {
                String service = SERVICES[(int) (i / SPANS_PER_LINE % SERVICES.length)];
                String trace = String.format("%016x%016x", random.nextLong(), i);
                String root = String.format("%016x", random.nextLong() | 1);
                StringBuilder line = new StringBuilder(4096);
                line.append("{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"")
                    .append(service).append("\"}}]},\"scopeSpans\":[{\"scope\":{\"name\":\"bench\",\"version\":\"1.0\"},\"spans\":[");
                for (int k = SPANS_PER_LINE - 1; k >= 0; k--) {
                    String id = k == 0 ? root : String.format("%016x", random.nextLong() | 1);
                    long s = start + i * 1000 + k * 100;
                    line.append("{\"traceId\":\"").append(trace).append("\",\"spanId\":\"").append(id).append('"');
                    if (k > 0) line.append(",\"parentSpanId\":\"").append(root).append('"');
                    line.append(",\"name\":\"").append(k == 0 ? "GET /cart" : "SELECT items").append("\",\"kind\":").append(k == 0 ? 2 : 3)
                        .append(",\"startTimeUnixNano\":\"").append(s).append("\",\"endTimeUnixNano\":\"").append(s + (k == 0 ? 900 : 50))
                        .append("\",\"attributes\":[{\"key\":\"db.rows\",\"value\":{\"intValue\":\"").append(k)
                        .append("\"}},{\"key\":\"http.route\",\"value\":{\"stringValue\":\"/cart\"}}],\"status\":{")
                        .append(k == 3 ? "\"code\":2,\"message\":\"timeout\"" : "").append("}}");
                    if (k > 0) line.append(',');
                }
                line.append("]}]}]}\n");
                w.append(line);
            }
        }
        return file;
    }

    /** Hosts exchanging messages; each event line is followed by its host and vector clock. */
    private static Path shiviz(Path file, long n) throws IOException {
        String[] hosts = {"alice", "bob", "carol", "dave"};
        long[] clocks = new long[hosts.length];
        try (Writer w = writer(file)) {
            for (long i = 0; i < n; i++) {
                int h = (int) (i % hosts.length);
                int from = (int) ((i * 7 + 3) % hosts.length);
                clocks[h]++;
                if (i % 3 == 0 && from != h) clocks[h] = Math.max(clocks[h], clocks[from] + 1);
                w.write(i % 3 == 0 ? "received message " + i + " from " + hosts[from] + "\n" : "sent update " + i + "\n");
                StringBuilder clock = new StringBuilder(hosts[h]).append(" {\"").append(hosts[h]).append("\":").append(clocks[h]);
                for (int o = 0; o < hosts.length; o++) {
                    if (o != h && clocks[o] > 0) clock.append(", \"").append(hosts[o]).append("\":").append(clocks[o]);
                }
                w.write(clock.append("}\n").toString());
            }
        }
        return file;
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
