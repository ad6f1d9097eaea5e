package dev.chronoscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batches close by count or by bytes, and the queue waits on its bytes, however heavy one item is. */
class BatchPipeTest {

    @Test
    void heavyItemsTravelInSmallBatchesAndLightOnesInFullOnes() throws Exception {
        BatchPipe<Integer> pipe = new BatchPipe<>(() -> false);
        long mb = 1 << 20;
        List<List<Integer>> batches = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 3000; i++) pipe.put(i, 10);           // light: 1,024 a batch
                for (int i = 3000; i < 3010; i++) pipe.put(i, mb / 2);    // half a megabyte: 2 a batch
                pipe.put(3010, 40 * mb);                                   // heavier than the queue: still passes
                pipe.finish(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        for (List<Integer> b; (b = pipe.take()) != null; ) batches.add(b);
        producer.join();
        assertEquals(3011, batches.stream().mapToInt(List::size).sum());
        assertEquals(BatchPipe.BATCH, batches.get(0).size());
        List<Integer> sizes = batches.stream().map(List::size).toList();
        // 952 light items and the first two heavy ones pass a megabyte together; then pairs; then the giant alone.
        assertEquals(List.of(1024, 1024, 954, 2, 2, 2, 2, 1), sizes);
    }

    @Test
    void aProducerWaitsWhileTheQueuedBatchesWeighTheBudget() throws Exception {
        BatchPipe<Integer> pipe = new BatchPipe<>(() -> false);
        int[] put = {0};
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 4; i++) {
                    pipe.put(i, BatchPipe.QUEUED_BYTES);
                    put[0]++;
                }
                pipe.finish(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        Thread.sleep(300);
        assertEquals(1, put[0], "one batch of the whole budget is queued, the next waits");
        int taken = 0;
        for (List<Integer> b; (b = pipe.take()) != null; ) taken += b.size();
        producer.join();
        assertEquals(4, taken);
    }
}
