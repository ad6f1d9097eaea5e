package dev.chronoscope.ingest;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Turning logged times and durations into nanoseconds: unit names, unit suffixes of field names,
 * the epoch-magnitude guess, and ISO-8601 text. The common ISO form
 * ({@code 2024-05-01T12:00:00.123456Z}, also with a space, an offset or no zone = UTC) is parsed by
 * hand because java.time's formatters cost microseconds per call, which would dominate ingest.
 */
final class TimeValues {
    static final long NONE = Long.MIN_VALUE;

    private TimeValues() {}

    /** Nanoseconds per unit for s, ms, us, ns; 0 for anything else. */
    static long factor(String unit) {
        if (unit == null) return 0;
        return switch (unit) {
            case "s" -> 1_000_000_000L;
            case "ms" -> 1_000_000L;
            case "us" -> 1_000L;
            case "ns" -> 1L;
            default -> 0;
        };
    }

    /** The unit a field name announces ({@code duration_us}, {@code time_unix_nano}); 0 if none. */
    static long suffixFactor(String name) {
        if (name == null) return 0;
        int dot = name.lastIndexOf('.');
        String n = dot >= 0 ? name.substring(dot + 1) : name;
        if (n.endsWith("_ns") || n.endsWith("_nano") || n.endsWith("_nanos") || n.endsWith("Nano")) return 1L;
        if (n.endsWith("_us") || n.endsWith("_micros")) return 1_000L;
        if (n.endsWith("_ms") || n.endsWith("_millis") || n.endsWith("Ms")) return 1_000_000L;
        if (n.endsWith("_s") || n.endsWith("_sec") || n.endsWith("_seconds")) return 1_000_000_000L;
        return 0;
    }

    /**
     * The unit of an epoch time judged from its size, accepting only values that land between the
     * years 2000 and 2050 in that unit; 0 when the value is no plausible epoch time (then it is a
     * relative time and the caller falls back to the profile's unit or ns).
     */
    static long epochFactor(double value) {
        double v = Math.abs(value);
        if (v >= 9.46e8 && v < 2.53e9) return 1_000_000_000L;
        if (v >= 9.46e11 && v < 2.53e12) return 1_000_000L;
        if (v >= 9.46e14 && v < 2.53e15) return 1_000L;
        if (v >= 9.46e17 && v < 2.53e18) return 1L;
        return 0;
    }

    static long scale(double value, long factor) {
        return Math.round(value * factor);
    }

    /** Epoch nanoseconds of an ISO-8601 date-time; {@link #NONE} when the text is not one. */
    static long parseIso(String s) {
        long fast = parseCommonIso(s);
        if (fast != NONE) return fast;
        long midnight = parseIsoDate(s);
        if (midnight != NONE) return midnight;
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            return nanos(t.toEpochSecond(), t.getNano());
        } catch (DateTimeParseException e) {
            // not with an offset; try the other shapes below
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(s);
            return nanos(z.toEpochSecond(), z.getNano());
        } catch (DateTimeParseException e) {
            // no zone id either
        }
        try {
            LocalDateTime t = LocalDateTime.parse(s.replace(' ', 'T'));
            return nanos(t.toEpochSecond(ZoneOffset.UTC), t.getNano());
        } catch (DateTimeParseException e) {
            return NONE;
        }
    }

    /**
     * A date alone ({@code 2023-11-14}) is the midnight that starts it, in UTC like every time
     * without a zone: a log that stamps records by day still orders them, rather than losing them.
     */
    static long parseIsoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return NONE;
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return NONE;
        return epochDay(year, month, day) * 86_400L * 1_000_000_000L;
    }

    private static long nanos(long seconds, int nano) {
        return seconds * 1_000_000_000L + nano;
    }

    /** yyyy-MM-dd[T ]HH:mm[:ss[.fffffffff]][Z|±hh[:mm]]; NONE for anything else. */
    static long parseCommonIso(String s) {
        int n = s.length();
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':') return NONE;
        char sep = s.charAt(10);
        if (sep != 'T' && sep != ' ' && sep != 't') return NONE;
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0) return NONE;
        int i = 16, second = 0;
        long fraction = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            if (second < 0) return NONE;
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                int start = ++i;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
                int count = i - start;
                if (count == 0) return NONE;
                for (int k = 0; k < 9; k++) fraction = fraction * 10 + (k < count ? s.charAt(start + k) - '0' : 0);
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char z = s.charAt(i);
            if ((z == 'Z' || z == 'z') && i == n - 1) {
                offsetSeconds = 0;
            } else if (z == '+' || z == '-') {
                int oh = digits(s, i + 1, 2);
                int rest = i + 3;
                if (rest < n && s.charAt(rest) == ':') rest++;
                int om = rest == n ? 0 : digits(s, rest, 2);
                if (oh < 0 || om < 0 || (rest != n && rest + 2 != n)) return NONE;
                offsetSeconds = (z == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return NONE;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return NONE;
        long seconds = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1_000_000_000L + fraction;
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) return -1;
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }
}
