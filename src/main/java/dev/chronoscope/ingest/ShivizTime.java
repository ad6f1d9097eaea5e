package dev.chronoscope.ingest;

import dev.chronoscope.event.Event;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the value of a date/time/timestamp group in the forms logs commonly use: epoch numbers
 * (unit guessed from magnitude), ISO-8601 with or without offset, and US and slash-separated
 * dates with 12- or 24-hour clocks. Times without an offset are taken as UTC. The pattern that
 * matched last is tried first, since one log uses one form.
 */
final class ShivizTime {
    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(
            pattern("M/d/yyyy h:mm:ss a"),
            pattern("M/d/yyyy H:mm:ss"),
            pattern("yyyy/MM/dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]"),
            pattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS][,SSS]"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private DateTimeFormatter lastLocal;

    /** Nanoseconds since the epoch, or {@link Event#NO_TIME} when the text is no time we know. */
    long parse(String text) {
        if (text == null) return Event.NO_TIME;
        String s = text.trim();
        if (s.isEmpty()) return Event.NO_TIME;
        if (Character.isDigit(s.charAt(0)) && s.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return epoch(s);
        }
        if (lastLocal != null) {
            long t = local(s, lastLocal);
            if (t != Event.NO_TIME) return t;
        }
        for (DateTimeFormatter form : LOCAL_FORMS) {
            long t = local(s, form);
            if (t != Event.NO_TIME) {
                lastLocal = form;
                return t;
            }
        }
        try {
            return nanos(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException e) {
            return Event.NO_TIME;
        }
    }

    private static long epoch(String s) {
        try {
            double value = Double.parseDouble(s);
            if (value < 1e11) return (long) (value * 1e9);
            if (value < 1e14) return (long) (value * 1e6);
            if (value < 1e17) return (long) (value * 1e3);
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Event.NO_TIME;
        }
    }

    private static long local(String s, DateTimeFormatter form) {
        try {
            return nanos(LocalDateTime.parse(s, form).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Event.NO_TIME;
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ROOT);
    }
}
