package dev.chronoscope;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Command-line arguments the JVM could not decode, recovered from the bytes the process was given.
 *
 * <p>The JVM decodes arguments and encodes file names in the charset of the locale it starts in
 * ({@code sun.jnu.encoding}). Under {@code LANG=C} or {@code LC_ALL=C} that is ASCII: a log named
 * in UTF-8 reaches {@code main} with U+FFFD in place of each byte above 127, and no file name
 * this JVM can make reaches those bytes again. {@code -Dsun.jnu.encoding} does not change it (JDK
 * 17 ignores it). So the launcher reads the argument bytes back from {@code /proc/self/cmdline}
 * (Linux) and hands them to a child JVM started in the {@link #UTF8_LOCALE} locale, in
 * {@link #PROPERTY} as Base64, since a string this JVM passes on a command line is encoded in its
 * own charset too. Where that cannot work, {@link #message} says so, naming the argument by the
 * bytes it was given, so the user's terminal shows it the way it was typed.
 */
final class ArgumentBytes {
    /** System property of a child started to read its arguments in UTF-8: the arguments' bytes. */
    static final String PROPERTY = "chronoscope.argumentBytes";
    /** The locale such a child starts in: glibc's UTF-8 locale that every Linux distribution ships. */
    static final String UTF8_LOCALE = "C.UTF-8";

    private static final char UNDECODED = '\uFFFD';
    private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

    /** Why an unreadable argument stays unreadable; each reason ends the user's message. */
    enum Obstacle {
        ONE_JVM("Chronoscope runs in this one JVM (CHRONOSCOPE_JVM=same, or a debugger or agent is attached),"
                + " so it cannot restart itself in a UTF-8 locale. Run it with one, e.g. LC_ALL=" + UTF8_LOCALE + "."),
        NO_UTF8_LOCALE("Chronoscope restarted itself with LC_ALL=" + UTF8_LOCALE + ", but this system has no such locale."
                + " Install a UTF-8 locale and run with it, or rename the file to ASCII."),
        BYTES_LOST("Its bytes cannot be read back on this system. Run Chronoscope with a UTF-8 locale, e.g. LC_ALL="
                + UTF8_LOCALE + "."),
        NOT_UTF8("Its bytes are not UTF-8 either, and Java reads a file name only in the encoding of its locale."
                + " Rename the file, or run with a locale in the name's encoding.");

        final String advice;

        Obstacle(String advice) {
            this.advice = advice;
        }
    }

    private ArgumentBytes() {}

    /** The position of the first argument with bytes this JVM could not decode, or -1. */
    static int firstUndecoded(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(UNDECODED) >= 0) return i;
        }
        return -1;
    }

    /** Whether this JVM's file names are UTF-8, so that any name given in UTF-8 can be opened. */
    static boolean namesAreUtf8() {
        return namesCharset().equals(StandardCharsets.UTF_8);
    }

    /** The bytes this process was given for {@code args}, where the system keeps them (Linux). */
    static Optional<List<byte[]>> ofThisProcess(String[] args) {
        try {
            return lastArguments(Files.readAllBytes(COMMAND_LINE), args, namesCharset());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The last {@code args.length} NUL-ended entries of a process's command line, provided each
     * decodes to its argument: a JVM's own arguments come first, and an argument file ({@code @file})
     * that names the main class would shift them, which this check catches.
     */
    static Optional<List<byte[]>> lastArguments(byte[] commandLine, String[] args, Charset decoding) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < commandLine.length; i++) {
            if (commandLine[i] == 0) {
                entries.add(Arrays.copyOfRange(commandLine, start, i));
                start = i + 1;
            }
        }
        if (entries.size() < args.length) return Optional.empty();
        List<byte[]> tail = entries.subList(entries.size() - args.length, entries.size());
        for (int i = 0; i < args.length; i++) {
            if (!new String(tail.get(i), decoding).equals(args[i])) return Optional.empty();
        }
        return Optional.of(List.copyOf(tail));
    }

    /** The position of the first entry that is not valid UTF-8, or -1. */
    static int firstNotUtf8(List<byte[]> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(arguments.get(i)));
            } catch (CharacterCodingException e) {
                return i;
            }
        }
        return -1;
    }

    /** The arguments as the value of {@link #PROPERTY}: ASCII, whatever charset carries it. */
    static String relay(List<byte[]> arguments) {
        StringBuilder value = new StringBuilder();
        for (byte[] argument : arguments) {
            // Each entry ends with a comma, so that an empty argument still counts.
            value.append(Base64.getEncoder().encodeToString(argument)).append(',');
        }
        return value.toString();
    }

    /** The arguments a launcher relayed to this JVM, if it did. */
    static Optional<List<byte[]>> relayed() {
        String value = System.getProperty(PROPERTY);
        return value == null ? Optional.empty() : Optional.of(unrelay(value));
    }

    static List<byte[]> unrelay(String value) {
        List<byte[]> arguments = new ArrayList<>();
        int start = 0;
        for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', start)) {
            arguments.add(Base64.getDecoder().decode(value.substring(start, comma)));
            start = comma + 1;
        }
        return arguments;
    }

    static String[] utf8Strings(List<byte[]> arguments) {
        return arguments.stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toArray(String[]::new);
    }

    /**
     * The message for an argument this JVM cannot use, as bytes: the argument as it was given,
     * then the reason in ASCII, which any terminal shows.
     */
    static byte[] message(byte[] argument, Obstacle obstacle) {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        message.writeBytes("chronoscope: ".getBytes(StandardCharsets.US_ASCII));
        message.writeBytes(argument);
        message.writeBytes((": this name cannot be read in the current locale, whose encoding is " + namesCharset().name()
                + " (set by LC_ALL, LC_CTYPE or LANG). " + obstacle.advice + System.lineSeparator())
                .getBytes(StandardCharsets.US_ASCII));
        return message.toByteArray();
    }

    private static Charset namesCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
