package dev.chronoscope.generate;

import java.util.SplittableRandom;

/**
 * The loop every scenario shares: a simulated clock, a seeded random source and an event budget.
 * A subclass's {@link #step()} writes exactly one record (or none, when nothing was possible), so a
 * run writes exactly the number of events asked for and its memory depends only on the size of
 * the simulated system, never on the length of the log.
 */
abstract class Simulation {
    final JsonOut out;
    final SplittableRandom rnd;
    final long total;
    /** Records written so far; equals the offset of the next record. */
    long emitted;
    /** Simulated time in nanoseconds; never decreases. */
    long now;

    Simulation(JsonOut out, SplittableRandom rnd, long total, long startTime) {
        this.out = out;
        this.rnd = rnd;
        this.total = total;
        this.now = startTime;
    }

    final void run() {
        long idle = 0;
        while (emitted < total) {
            long before = emitted;
            step();
            if (emitted > before + 1) {
                throw new IllegalStateException(getClass().getSimpleName() + " wrote several records in one step");
            }
            idle = emitted == before ? idle + 1 : 0;
            if (idle > 10_000) throw new IllegalStateException(getClass().getSimpleName() + " stopped making progress");
        }
    }

    /** Writes at most one record, ending it with {@link #done()}. */
    abstract void step();

    /** Closes the current record and counts it. */
    final void done() {
        out.line();
        emitted++;
    }

    /** Advances the clock by a random gap in [min, max) nanoseconds. */
    final void tick(long min, long max) {
        now += rnd.nextLong(min, max);
    }

    /** Moves the clock to at least t (events in a log are in time order). */
    final void advanceTo(long t) {
        if (t > now) now = t;
    }

    /** Fraction of the budget, as a record index, for placing the story. */
    final long at(double fraction) {
        return (long) (total * fraction);
    }

    final boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    final <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
