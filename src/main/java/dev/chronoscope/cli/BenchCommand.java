package dev.chronoscope.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.bench.BenchResult;
import dev.chronoscope.bench.Benchmark;
import dev.chronoscope.engine.LogOpenException;
import java.io.IOException;
import java.io.PrintWriter;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
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
        }
        return Cli.OK;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
