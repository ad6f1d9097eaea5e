package dev.chronoscope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading back the bytes of arguments a JVM in an ASCII locale could not decode, and relaying them. */
class ArgumentBytesTest {
    private static final byte[] NAME = "/tmp/日志.jsonl".getBytes(StandardCharsets.UTF_8);

    private static byte[] commandLine(byte[]... entries) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte[] entry : entries) {
            line.writeBytes(entry);
            line.write(0);
        }
        return line.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theArgumentsAreTheCommandLinesLastEntriesAsTheJvmDecodedThem() {
        String garbled = new String(NAME, StandardCharsets.US_ASCII);
        String[] args = {"info", garbled};
        assertEquals(1, ArgumentBytes.firstUndecoded(args));
        byte[] line = commandLine(ascii("java"), ascii("-Xmx1g"), ascii("-jar"), ascii("chronoscope.jar"), ascii("info"), NAME);

        List<byte[]> bytes = ArgumentBytes.lastArguments(line, args, StandardCharsets.US_ASCII).orElseThrow();
        assertEquals(2, bytes.size());
        assertArrayEquals(ascii("info"), bytes.get(0));
        assertArrayEquals(NAME, bytes.get(1));
        assertEquals(-1, ArgumentBytes.firstNotUtf8(bytes));
    }

    @Test
    void aCommandLineThatDoesNotEndWithTheArgumentsGivesNothing() {
        String[] args = {"info", new String(NAME, StandardCharsets.US_ASCII)};
        // An argument file that held the main class and the log: the command line ends otherwise.
        byte[] line = commandLine(ascii("java"), ascii("@arguments"));
        assertEquals(Optional.empty(), ArgumentBytes.lastArguments(line, args, StandardCharsets.US_ASCII));
        assertEquals(Optional.empty(), ArgumentBytes.lastArguments(commandLine(ascii("java"), ascii("info"), ascii("other.jsonl")),
                args, StandardCharsets.US_ASCII));
    }

    @Test
    void relayedArgumentsComeBackByteForByteEvenEmptyOnes() {
        List<byte[]> arguments = List.of(ascii("events"), NAME, new byte[0], new byte[] {(byte) 0xff, ','});
        String value = ArgumentBytes.relay(arguments);
        assertTrue(value.chars().allMatch(c -> c < 128), value);
        List<byte[]> back = ArgumentBytes.unrelay(value);
        assertEquals(arguments.size(), back.size());
        for (int i = 0; i < arguments.size(); i++) assertArrayEquals(arguments.get(i), back.get(i));
        assertEquals(3, ArgumentBytes.firstNotUtf8(arguments));
        assertEquals("/tmp/日志.jsonl", ArgumentBytes.utf8Strings(arguments)[1]);
    }

    @Test
    void theMessageNamesTheFileByItsOwnBytesAndSaysWhy() {
        byte[] message = ArgumentBytes.message(NAME, ArgumentBytes.Obstacle.ONE_JVM);
        String text = new String(message, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("chronoscope: /tmp/日志.jsonl: this name cannot be read in the current locale"), text);
        assertTrue(text.contains("CHRONOSCOPE_JVM=same") && text.contains("LC_ALL=C.UTF-8"), text);
    }
}
