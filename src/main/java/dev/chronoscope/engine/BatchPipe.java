package dev.chronoscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Hands items from one ingest stage's thread to the next in batches, so that each stage runs on
 * its own core and pays for the hand-over once per batch, not per event. Bounded: the producer
 * waits when the consumer falls behind, so memory does not grow with the log. A pipe has one
 * producer and one consumer.
 *
 * <p>Bounded by bytes as well as by count: each item comes with a weight (the log bytes it was
 * read from), a batch closes at {@link #BATCH} items or {@link #BATCH_BYTES}, and batches wait
 * while the queued ones weigh {@link #QUEUED_BYTES} (one always passes). A batch of 1,024 records
 * of a megabyte each, parsed into trees several times their size, would otherwise fill the heap.
 */
final class BatchPipe<T> {
    static final int BATCH = 1024;
    static final long BATCH_BYTES = 1L << 20;
    static final long QUEUED_BYTES = 4L << 20;
    private static final int QUEUED_BATCHES = 4;

    private record Batch<T>(List<T> items, long weight) {}

    private final Batch<T> end = new Batch<>(new ArrayList<>(0), 0);
    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final AtomicLong queuedWeight = new AtomicLong();
    private final BooleanSupplier halted;
    private volatile Throwable failure;
    private List<T> filling = new ArrayList<>(BATCH);
    private long fillingWeight;

    /** @param halted true once the ingest is cancelled or has failed: both ends stop waiting */
    BatchPipe(BooleanSupplier halted) {
        this.halted = halted;
    }

    /** Producer side. Returns false when the ingest has halted. */
    boolean put(T item, long weight) throws InterruptedException {
        filling.add(item);
        fillingWeight += weight;
        if (filling.size() == BATCH || fillingWeight >= BATCH_BYTES) return offerFilling();
        return true;
    }

    /** Producer side: flushes and marks the end, with the failure that ended producing, if any. */
    void finish(Throwable error) throws InterruptedException {
        failure = error;
        if (filling != null && !filling.isEmpty()) offer(new Batch<>(filling, fillingWeight));
        filling = null;
        offer(end);
    }

    private boolean offerFilling() throws InterruptedException {
        boolean ok = offer(new Batch<>(filling, fillingWeight));
        filling = new ArrayList<>(BATCH);
        fillingWeight = 0;
        return ok;
    }

    private boolean offer(Batch<T> batch) throws InterruptedException {
        while (true) {
            long queued = queuedWeight.get();
            if (batch == end || queued == 0 || queued + batch.weight() <= QUEUED_BYTES) {
                queuedWeight.addAndGet(batch.weight());
                if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) return true;
                queuedWeight.addAndGet(-batch.weight());
            } else {
                Thread.sleep(1);
            }
            if (halted.getAsBoolean()) return false;
        }
    }

    /** Consumer side: the next batch, or null at the end or once the ingest has halted. */
    List<T> take() throws InterruptedException {
        while (true) {
            Batch<T> batch = queue.poll(50, TimeUnit.MILLISECONDS);
            if (batch == end) return null;
            if (batch != null) {
                queuedWeight.addAndGet(-batch.weight());
                return batch.items();
            }
            if (halted.getAsBoolean()) return null;
        }
    }

    /** What ended the producer, once {@link #take} has returned null; null for a normal end. */
    Throwable failure() {
        return failure;
    }
}
