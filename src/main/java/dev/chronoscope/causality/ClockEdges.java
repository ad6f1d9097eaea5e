package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.VectorClock;
import java.util.HashMap;
import java.util.Map;

/**
 * Direct happens-before edges from vector clocks, the ShiViz way: an event's previous event on its
 * own host (its lane), and for every other host j whose counter in the event's clock grew since
 * that previous local event, the event on j carrying that counter (the send this event received).
 * The transitive closure of these edges is exactly the clocks' happens-before relation, provided
 * each host counts its own events one by one.
 *
 * <p>Per host a ring of recent (counter, offset) pairs finds senders; a counter no event has yet
 * (logs written host by host) waits until that event arrives and then yields an edge against
 * time. Memory is bounded by the ring window per host and a cap on waiting references.
 */
final class ClockEdges {
    static final int WINDOW = 1 << 14;
    static final int MAX_PENDING = 1 << 18;

    private final Map<String, Host> hosts = new HashMap<>();
    private long pendingCount;
    private long unresolved;

    void accept(Event e, EdgeEmitter emitter) {
        VectorClock clock = e.clock();
        String own = e.lane();
        Host host = host(own);
        long offset = e.offset();
        if (host.lastOffset >= 0) emitter.edge(host.lastOffset, offset, EdgeCodec.LANE);
        for (Map.Entry<String, Long> entry : clock.entries().entrySet()) {
            String other = entry.getKey();
            long counter = entry.getValue();
            if (other.equals(own) || counter <= host.lastClockOf(other)) continue;
            Host sender = host(other);
            long source = sender.find(counter);
            if (source >= 0) {
                emitter.edge(source, offset, EdgeCodec.CLOCK);
            } else if (counter > sender.maxCounter && pendingCount < MAX_PENDING) {
                sender.await(counter, offset);
                pendingCount++;
            } else {
                unresolved++;
            }
        }
        Long ownCounter = clock.entries().get(own);
        if (ownCounter != null) {
            long[] waiting = host.pending == null ? null : host.pending.remove(ownCounter);
            if (waiting != null) {
                for (int i = 1; i <= waiting[0]; i++) emitter.edge(offset, waiting[i], EdgeCodec.CLOCK);
                pendingCount -= waiting[0];
            }
            host.append(ownCounter, offset);
        }
        host.lastOffset = offset;
        host.lastClock = clock.entries();
    }

    /** Clock references that matched no event (a gap, a host that never logged, or beyond the window). */
    long unresolved() {
        return unresolved + pendingCount;
    }

    private Host host(String name) {
        Host h = hosts.get(name);
        if (h == null) {
            h = new Host();
            hosts.put(name, h);
        }
        return h;
    }

    private static final class Host {
        long lastOffset = -1;
        Map<String, Long> lastClock = Map.of();
        long maxCounter = Long.MIN_VALUE;
        /** Ring of (counter, offset), ascending by counter; start is the oldest slot. */
        long[] counters = new long[16];
        long[] offsets = new long[16];
        int start;
        int size;
        Map<Long, long[]> pending;

        long lastClockOf(String other) {
            Long v = lastClock.get(other);
            return v == null ? 0 : v;
        }

        void append(long counter, long offset) {
            if (counter <= maxCounter) return; // a counter going backwards cannot be looked up by order
            maxCounter = counter;
            if (size == counters.length && size < WINDOW) grow();
            if (size == counters.length) {
                counters[start] = counter;
                offsets[start] = offset;
                start = (start + 1) % counters.length;
            } else {
                int slot = (start + size) % counters.length;
                counters[slot] = counter;
                offsets[slot] = offset;
                size++;
            }
        }

        long find(long counter) {
            int lo = 0, hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                long c = counters[(start + mid) % counters.length];
                if (c < counter) lo = mid + 1;
                else if (c > counter) hi = mid - 1;
                else return offsets[(start + mid) % counters.length];
            }
            return -1;
        }

        void await(long counter, long offset) {
            if (pending == null) pending = new HashMap<>();
            long[] list = pending.get(counter);
            if (list == null) list = new long[3];
            int n = (int) list[0];
            if (n + 1 >= list.length) list = java.util.Arrays.copyOf(list, list.length * 2);
            list[n + 1] = offset;
            list[0] = n + 1;
            pending.put(counter, list);
        }

        private void grow() {
            long[] c = new long[counters.length * 2];
            long[] o = new long[counters.length * 2];
            for (int i = 0; i < size; i++) {
                c[i] = counters[(start + i) % counters.length];
                o[i] = offsets[(start + i) % counters.length];
            }
            counters = c;
            offsets = o;
            start = 0;
        }
    }
}
