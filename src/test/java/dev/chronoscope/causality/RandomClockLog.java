package dev.chronoscope.causality;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.VectorClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random message-passing runs: hosts do local steps, send to random peers and receive from their
 * inboxes; every event ticks its host's counter and carries the whole clock, as ShiViz logs do.
 */
final class RandomClockLog {
    private RandomClockLog() {}

    /** Events in the order they happened (a causal order), offsets 0..n-1. */
    static List<Event> run(long seed, int hosts, int events) {
        Random random = new Random(seed);
        List<Map<String, Long>> clocks = new ArrayList<>();
        List<ArrayDeque<Map<String, Long>>> inboxes = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            clocks.add(new HashMap<>());
            inboxes.add(new ArrayDeque<>());
        }
        List<Event> log = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            int h = random.nextInt(hosts);
            Map<String, Long> clock = clocks.get(h);
            int action = random.nextInt(3);
            if (action == 1 && !inboxes.get(h).isEmpty()) {
                Map<String, Long> message = random.nextBoolean() ? inboxes.get(h).poll() : inboxes.get(h).pollLast();
                message.forEach((host, c) -> clock.merge(host, c, Math::max));
            }
            clock.merge(name(h), 1L, Long::sum);
            if (action == 2) {
                int to = random.nextInt(hosts);
                if (to != h) inboxes.get(to).add(new HashMap<>(clock));
            }
            log.add(event(i, name(h), new VectorClock(clock)));
        }
        return log;
    }

    /** The same events written host after host (as per-host log files concatenated), renumbered. */
    static List<Event> hostByHost(List<Event> causalOrder) {
        List<Event> sorted = new ArrayList<>(causalOrder);
        sorted.sort(Comparator.comparing(Event::lane).thenComparingLong(Event::offset));
        List<Event> log = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) log.add(sorted.get(i).withOffset(i));
        return log;
    }

    static Event event(long offset, String lane, VectorClock clock) {
        return new Event(offset, Event.NO_TIME, "step", lane, null, null, Event.NO_DURATION, null, null, clock,
                null, null, -1);
    }

    private static String name(int h) {
        return "h" + h;
    }
}
