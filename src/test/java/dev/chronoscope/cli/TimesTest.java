package dev.chronoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.Event;
import org.junit.jupiter.api.Test;

/** The text output's times are exact to the nanosecond, however far they lie from zero. */
class TimesTest {
    @Test
    void secondsKeepEveryNanosecond() {
        assertEquals("1.500000000s", Times.format(1_500_000_000L));
        assertEquals("0.000000000s", Times.format(0));
        // An epoch time before 2000 reads as seconds; a double has only about 16 digits for its 18.
        assertEquals("631152000.123456789s", Times.format(631_152_000_123_456_789L));
        assertEquals("-0.000000001s", Times.format(-1));
        assertEquals("-1.500000000s", Times.format(-1_500_000_000L));
        // The earliest time there is, one above the NO_TIME sentinel, and its neighbour differ.
        assertEquals("-9223372036.854775807s", Times.format(Long.MIN_VALUE + 1));
        assertEquals("-9223372036.854775806s", Times.format(Long.MIN_VALUE + 2));
        assertEquals("-", Times.format(Event.NO_TIME));
    }

    @Test
    void epochTimesReadAsInstants() {
        assertEquals("2262-04-11T23:47:16.854775807Z", Times.format(Long.MAX_VALUE));
        assertEquals("2023-11-14T22:13:20.000000001Z", Times.format(1_700_000_000_000_000_001L));
    }
}
