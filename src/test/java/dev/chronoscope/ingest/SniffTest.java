package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SniffTest {
    @TempDir
    Path dir;

    @Test
    void jsonIsRecognisedAfterBomAndWhitespace() throws IOException {
        Path f = dir.resolve("x.log");
        Files.write(f, "\uFEFF  \n [{\"a\":1}]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("json", LogFormats.sniff(LogInput.of(f)).name());
    }

    @Test
    void emptyFileIsJson() throws IOException {
        Path f = Ingested.write(dir, "empty.log", "");
        assertEquals("json", LogFormats.sniff(LogInput.of(f)).name());
    }

    @Test
    void randomBytesAreNoKnownFormatAndTheMessageNamesTheFile() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 0;
        Path f = dir.resolve("x.bin");
        Files.write(f, bytes);
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> Ingested.read(f));
        assertTrue(e.getMessage().startsWith(f + ": not a known log format (binary data at byte 1; known formats: json"),
                e.getMessage());
        assertEquals(f.toString(), e.file());
    }

    @Test
    void plainTextSaysWhatItStartsWith() throws IOException {
        Path f = Ingested.write(dir, "notes.txt", "hello world\nsecond line\n");
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> LogFormats.sniff(LogInput.of(f)));
        assertTrue(e.getMessage().contains("notes.txt: not a known log format (text starting \"hello world\""), e.getMessage());
    }

    @Test
    void jsonLinesAfterAFirstLineThatIsNoJsonAreJson() throws IOException {
        Path f = Ingested.write(dir, "commented.log", "# written by tool 1.2\n{\"a\":1}\n\n{\"a\":2}\n");
        assertEquals("json", LogFormats.sniff(LogInput.of(f)).name());
    }

    @Test
    void textWithAFewJsonLinesIsStillNoKnownFormat() throws IOException {
        Path f = Ingested.write(dir, "app.log", "starting\nconfig {\"a\":1}\n{\"dump\":true}\nready\nserving\n");
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> LogFormats.sniff(LogInput.of(f)));
        assertTrue(e.getMessage().contains("app.log: not a known log format (text starting \"starting\""), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreBinary() throws IOException {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, new byte[] {'a', 'b', (byte) 0xE9, 't', 'e'});
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> LogFormats.sniff(LogInput.of(f)));
        assertTrue(e.getMessage().contains("(binary data at byte 2;"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nope.jsonl");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> Ingested.read(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void folderOfUnknownFilesNamesTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("batches"));
        Files.write(folder.resolve("a.bin"), new byte[] {0, 1, 2, 3});
        Ingested.write(folder, "b.txt", "plain words");
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> Ingested.read(folder));
        assertTrue(e.getMessage().startsWith(folder + ": no file in the folder is in a known log format (a.bin: binary data at byte 0"),
                e.getMessage());
        assertEquals(folder.toString(), e.file());
    }

    @Test
    void emptyFolderNamesTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("none"));
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> Ingested.read(folder));
        assertTrue(e.getMessage().startsWith(folder + ": the folder holds no log files"), e.getMessage());
    }

    @Test
    void folderOfBatchesIsReadAsOneLogInNameOrder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("log"));
        Ingested.write(folder, "002.jsonl", "{\"type\":\"C\",\"ts\":3}\n");
        Ingested.write(folder, "001.jsonl", "{\"type\":\"A\",\"ts\":1}\n{\"type\":\"B\",\"ts\":2}\n");
        Ingested r = Ingested.read(folder);
        assertEquals(java.util.List.of("A", "B", "C"), r.events().stream().map(e -> e.type()).toList());
        assertEquals(2, r.event(2).offset());
        assertEquals(1, r.event(2).line());
    }

    /** One format per folder; a file that looks like another is read all the same, and said so. */
    @Test
    void aFileOfAnotherFormatInAFolderIsWarnedAbout() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mixed"));
        Ingested.write(folder, "a.jsonl", "{\"type\":\"A\",\"ts\":1}\n");
        Ingested.write(folder, "b.json", "[{\"name\":\"x\",\"ph\":\"X\",\"ts\":1,\"dur\":2,\"pid\":1,\"tid\":1}]");
        Ingested r = Ingested.read(folder);
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("1 file(s) in ") && w.contains("first b.json (chrome)")
                && w.contains("read as json")), r.warnings().toString());
        Path same = Files.createDirectory(dir.resolve("same"));
        Ingested.write(same, "a.jsonl", "{\"type\":\"A\",\"ts\":1}\n");
        Ingested.write(same, "b.jsonl", "{\"type\":\"B\",\"ts\":2}\n");
        assertTrue(Ingested.read(same).warnings().stream().noneMatch(w -> w.contains("another format")));
    }

    @Test
    void unknownFormatNameListsTheKnownOnes() {
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> LogFormats.byName("xml"));
        assertTrue(e.getMessage().startsWith("no log format named 'xml' (known formats: json"), e.getMessage());
        assertEquals("json", assertDoesNotThrowByName("JSON"));
    }

    private static String assertDoesNotThrowByName(String name) {
        try {
            return LogFormats.byName(name).name();
        } catch (UnknownFormatException e) {
            throw new AssertionError(e);
        }
    }
}
