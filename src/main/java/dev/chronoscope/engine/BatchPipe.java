package dev.chronoscope.engine;

import dev.chronoscope.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands events from the reading thread to the writing thread in batches, so that parsing runs on
 * one core while storing, folding and linking run on the other. Bounded: the reader waits when the
 * writer falls behind, so memory does not grow with the log.
 */
final class BatchPipe {
    static final int BATCH = 1024;
    private static final List<Event> END = List.of();

    private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(16);
    private final CancelToken cancel;
    private volatile Throwable failure;
    private List<Event> filling = new ArrayList<>(BATCH);

    BatchPipe(CancelToken cancel) {
        this.cancel = cancel;
    }

    /** Reader side. Returns false when the consumer is gone (cancelled). */
    boolean put(Event e) throws InterruptedException {
        filling.add(e);
        if (filling.size() == BATCH) {
            boolean ok = offer(filling);
            filling = new ArrayList<>(BATCH);
            return ok;
        }
        return true;
    }

    /** Reader side: flushes and marks the end, with the failure that ended reading, if any. */
    void finish(Throwable error) throws InterruptedException {
        failure = error;
        if (!filling.isEmpty()) offer(filling);
        filling = null;
        offer(END);
    }

    private boolean offer(List<Event> batch) throws InterruptedException {
        while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
            if (cancel.isCancelled()) return false;
        }
        return true;
    }

    /** Writer side: the next batch, or null at the end. */
    List<Event> take() throws InterruptedException {
        while (true) {
            List<Event> batch = queue.poll(50, TimeUnit.MILLISECONDS);
            if (batch == END) return null;
            if (batch != null) return batch;
            if (cancel.isCancelled()) return null;
        }
    }

    Throwable failure() {
        return failure;
    }
}
