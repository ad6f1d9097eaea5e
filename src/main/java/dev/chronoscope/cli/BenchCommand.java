package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.bench.BenchResult;
import dev.chronoscope.bench.Benchmark;
import dev.chronoscope.bench.ReaderBenchmark;
import dev.chronoscope.bench.ReaderResult;
import dev.chronoscope.engine.LogOpenException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Measures ingest, re-open, seek, step, heap and frame times on a generated log.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Events to generate (default 1,000,000).") long events = 1_000_000;
    @Option(names = "--scenario", paramLabel = "S", description = "Scenario (default angzarr-kernel).") String scenario = "angzarr-kernel";
    @Option(names = "--json", description = "Machine output on stdout.") boolean json;
    @Option(names = "--readers", description = "Measure each format's reader alone (records/s, MB/s) on about N records.") boolean readers;
    @Option(names = "--formats", split = ",", paramLabel = "F", description = "With --readers: only these formats (default all).") List<String> formats;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (events < 1) throw new UnusableException("--events must be 1 or more, was " + events);
        if (readers) return readers(out);
        BenchResult r;
        try {
            r = new Benchmark(spec.commandLine().getErr()).run(GenerateCommand.byName(scenario), events);
        } catch (IOException | LogOpenException e) {
            throw new UnusableException("bench failed: " + e.getMessage(), e);
        }
        if (json) {
            ObjectNode o = Json.object();
            o.put("events", r.events());
            o.put("ingestEventsPerSec", Math.round(r.ingestEventsPerSec()));
            o.put("ingestMBPerSec", round(r.ingestMBPerSec()));
            o.put("reopenMs", round(r.reopenMs()));
            o.put("seekP50Ms", round(r.seekP50Ms()));
            o.put("seekP99Ms", round(r.seekP99Ms()));
            o.put("stepP99Us", round(r.stepP99Us()));
            o.put("heapPeakMB", round(r.heapPeakMB()));
            if (r.frameP99Ms() != null) o.put("frameP99Ms", round(r.frameP99Ms())); else o.putNull("frameP99Ms");
            o.put("scenario", r.scenario());
            o.put("logBytes", r.logBytes());
            o.put("storeBytes", r.storeBytes());
            if (r.sliceFullMs() != null) o.put("sliceFullMs", round(r.sliceFullMs()));
            if (r.graphRedrawP99Ms() != null) o.put("graphRedrawP99Ms", round(r.graphRedrawP99Ms()));
            if (r.timelineRepaintP99Ms() != null) o.put("timelineRepaintP99Ms", round(r.timelineRepaintP99Ms()));
            Json.print(out, o);
        } else {
            out.printf("scenario          %s%n", r.scenario());
            out.printf("events            %,d%n", r.events());
            out.printf("log / store       %,d / %,d bytes (%.2fx)%n", r.logBytes(), r.storeBytes(), (double) r.storeBytes() / Math.max(1, r.logBytes()));
            out.printf("ingest            %,.0f events/s, %.1f MB/s%n", r.ingestEventsPerSec(), r.ingestMBPerSec());
            out.printf("re-open           %.1f ms%n", r.reopenMs());
            out.printf("seek p50 / p99    %.3f / %.3f ms%n", r.seekP50Ms(), r.seekP99Ms());
            out.printf("step p99          %.1f us%n", r.stepP99Us());
            out.printf("heap peak         %.0f MB%n", r.heapPeakMB());
            if (r.sliceFullMs() != null) out.printf("full slice        %.1f ms%n", r.sliceFullMs());
            out.printf("frame p99         %s%n", r.frameP99Ms() == null ? "n/a (app not measured)" : String.format("%.1f ms", r.frameP99Ms()));
            if (r.graphRedrawP99Ms() != null) out.printf("graph redraw p99  %.1f ms%n", r.graphRedrawP99Ms());
            if (r.timelineRepaintP99Ms() != null) out.printf("timeline p99      %.1f ms (load + paint, any zoom)%n", r.timelineRepaintP99Ms());
        }
        return Cli.OK;
    }

    private Integer readers(PrintWriter out) {
        List<String> chosen = formats == null || formats.isEmpty() ? ReaderBenchmark.formats() : formats;
        for (String f : chosen) {
            if (!ReaderBenchmark.formats().contains(f)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no reader benchmark for format '" + f + "' (known: " + String.join(", ", ReaderBenchmark.formats()) + ")");
            }
        }
        List<ReaderResult> results;
        try {
            results = new ReaderBenchmark(spec.commandLine().getErr()).run(events, chosen);
        } catch (IOException e) {
            throw new UnusableException("bench --readers failed: " + e.getMessage(), e);
        }
        if (json) {
            ObjectNode all = Json.object();
            ObjectNode byFormat = all.putObject("readers");
            for (ReaderResult r : results) {
                ObjectNode o = byFormat.putObject(r.format());
                o.put("records", r.records());
                o.put("recordsPerSec", Math.round(r.recordsPerSec()));
                o.put("mbPerSec", round(r.mbPerSec()));
                o.put("events", r.events());
                o.put("bytes", r.bytes());
                o.put("cpuRecordsPerSec", Math.round(r.cpuRecordsPerSec()));
                o.put("cpuMbPerSec", round(r.cpuMbPerSec()));
            }
            Json.print(out, all);
        } else {
            out.printf("%-8s %11s %11s %13s %9s %13s %9s%n", "format", "records", "events", "records/s", "MB/s", "cpu rec/s", "cpu MB/s");
            for (ReaderResult r : results) {
                out.printf("%-8s %,11d %,11d %,13.0f %9.1f %,13.0f %9.1f%n", r.format(), r.records(), r.events(),
                        r.recordsPerSec(), r.mbPerSec(), r.cpuRecordsPerSec(), r.cpuMbPerSec());
            }
        }
        return Cli.OK;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
