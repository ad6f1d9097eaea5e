package dev.chronoscope.app;

import dev.chronoscope.engine.CancelToken;
import dev.chronoscope.engine.IngestCancelledException;
import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.IngestListener;
import dev.chronoscope.engine.IngestProgress;
import dev.chronoscope.engine.LogOpenException;
import dev.chronoscope.engine.LogSession;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens fake logs by name: {@code slow*} ingests until cancelled, {@code bad*} fails, {@code errors*}
 * reports two bad records, {@code big*} has 10,000 events, {@code damaged*} fails seeks from offset
 * 200 on as a damaged cache would until it is rebuilt ({@code damagedForGood*} even then),
 * {@code lanes*} spreads its 300 events over 60 lanes, more than the timeline shows at once, anything
 * else is a 300-event {@link FakeLogSession} on 3 lanes.
 */
final class FakeOpener implements SessionOpener {
    final AtomicInteger rebuilds = new AtomicInteger();
    private final boolean rebuilding;

    FakeOpener() {
        this(false);
    }

    private FakeOpener(boolean rebuilding) {
        this.rebuilding = rebuilding;
    }

    @Override
    public SessionOpener rebuilding() {
        FakeOpener parent = this;
        return (log, listener, cancel) -> {
            parent.rebuilds.incrementAndGet();
            return new FakeOpener(true).open(log, listener, cancel);
        };
    }

    @Override
    public LogSession open(Path log, IngestListener listener, CancelToken cancel) throws LogOpenException {
        String name = log.getFileName().toString();
        if (name.startsWith("bad")) throw new LogOpenException(name + ": line 1: expected a JSON object, found 'x'");
        if (name.startsWith("slow")) {
            for (long i = 0; !cancel.isCancelled(); i++) {
                listener.progress(new IngestProgress("ingesting", Math.min(i * 1000, 900_000), 1_000_000, i * 10, 5000));
                sleep(20);
            }
            throw new IngestCancelledException(name);
        }
        List<IngestError> errors = List.of();
        if (name.startsWith("errors")) {
            errors = List.of(new IngestError(name, 3, "LINE", "expected ':' after a field name"),
                    new IngestError(name, 7, "LINE", "unterminated string"));
            errors.forEach(listener::error);
        }
        int events = name.startsWith("big") ? 10_000 : 300;
        listener.progress(new IngestProgress("ready", 100, 100, events, 1e6));
        boolean damaged = name.startsWith("damagedForGood") || (name.startsWith("damaged") && !rebuilding);
        return new FakeLogSession(log, events, errors, damaged ? 200 : Long.MAX_VALUE, name.startsWith("lanes") ? 60 : 3);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
