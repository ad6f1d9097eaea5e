package dev.chronoscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Hands items from one ingest stage's thread to the next in batches, so that each stage runs on
 * its own core and pays for the hand-over once per batch, not per event. Bounded: the producer
 * waits when the consumer falls behind, so memory does not grow with the log. A pipe has one
 * producer and one consumer.
 */
final class BatchPipe<T> {
    static final int BATCH = 1024;
    private static final int QUEUED_BATCHES = 4;

    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final BooleanSupplier halted;
    private volatile Throwable failure;
    private List<T> filling = new ArrayList<>(BATCH);

    /** @param halted true once the ingest is cancelled or has failed: both ends stop waiting */
    BatchPipe(BooleanSupplier halted) {
        this.halted = halted;
    }

    /** Producer side. Returns false when the ingest has halted. */
    boolean put(T item) throws InterruptedException {
        filling.add(item);
        if (filling.size() == BATCH) {
            boolean ok = offer(filling);
            filling = new ArrayList<>(BATCH);
            return ok;
        }
        return true;
    }

    /** Producer side: a whole batch at once (after any single items put before). */
    boolean putBatch(List<T> batch) throws InterruptedException {
        if (!filling.isEmpty()) {
            if (!offer(filling)) return false;
            filling = new ArrayList<>(BATCH);
        }
        return batch.isEmpty() || offer(batch);
    }

    /** Producer side: flushes and marks the end, with the failure that ended producing, if any. */
    void finish(Throwable error) throws InterruptedException {
        failure = error;
        if (filling != null && !filling.isEmpty()) offer(filling);
        filling = null;
        offer(end);
    }

    private boolean offer(List<T> batch) throws InterruptedException {
        while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
            if (halted.getAsBoolean()) return false;
        }
        return true;
    }

    /** Consumer side: the next batch, or null at the end or once the ingest has halted. */
    List<T> take() throws InterruptedException {
        while (true) {
            List<T> batch = queue.poll(50, TimeUnit.MILLISECONDS);
            if (batch == end) return null;
            if (batch != null) return batch;
            if (halted.getAsBoolean()) return null;
        }
    }

    /** What ended the producer, once {@link #take} has returned null; null for a normal end. */
    Throwable failure() {
        return failure;
    }
}
