package dev.chronoscope.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The registry of log formats (java.util.ServiceLoader over {@link LogFormat}, registered in
 * META-INF/services) and sniffing: the format that scores highest on the input's first bytes.
 */
public final class LogFormats {
    private static final int HEAD = 512;
    /** A folder is judged by its first files only; a batch folder holds files of one format. */
    private static final int FOLDER_FILES_TRIED = 16;

    private static volatile List<LogFormat> all;

    private LogFormats() {}

    /** Every registered format, in registration order. */
    public static List<LogFormat> all() {
        List<LogFormat> formats = all;
        if (formats == null) {
            List<LogFormat> loaded = new ArrayList<>();
            ServiceLoader.load(LogFormat.class, LogFormats.class.getClassLoader()).forEach(loaded::add);
            formats = List.copyOf(loaded);
            all = formats;
        }
        return formats;
    }

    public static List<String> names() {
        return all().stream().map(LogFormat::name).toList();
    }

    public static LogFormat byName(String name) throws UnknownFormatException {
        for (LogFormat f : all()) {
            if (f.name().equalsIgnoreCase(name)) return f;
        }
        throw new UnknownFormatException(name, "no log format named '" + name + "' (known formats: " + known() + ")");
    }

    /**
     * The format that scores highest on the input. For a folder, its files are tried in name order
     * and the first one any format recognises decides (unreadable files are passed over).
     */
    /** Files of a folder looked at for a format other than the folder's: the head of each costs little. */
    static final int FOLDER_FILES_CHECKED = 1000;

    public static LogFormat sniff(LogInput input) throws IOException {
        String name = input.path().toString();
        if (!Files.exists(input.path())) throw new UnknownFormatException(name, name + ": no such file");
        if (!input.isFolder()) {
            LogFormat best = best(input);
            if (best != null) return best;
            throw new UnknownFormatException(name, name + ": not a known log format (" + whyUnknown(input) + "; known formats: " + known() + ")");
        }
        if (input.files().isEmpty()) {
            throw new UnknownFormatException(name, name + ": the folder holds no log files (known formats: " + known() + ")");
        }
        String firstReason = null;
        for (Path file : input.files().subList(0, Math.min(FOLDER_FILES_TRIED, input.files().size()))) {
            LogInput single = new LogInput(file, List.of(file), Files.size(file));
            try {
                LogFormat best = best(single);
                if (best != null) return best;
                if (firstReason == null) firstReason = file.getFileName() + ": " + whyUnknown(single);
            } catch (IOException e) {
                if (firstReason == null) firstReason = file.getFileName() + ": unreadable (" + e.getMessage() + ")";
            }
        }
        throw new UnknownFormatException(name, name + ": no file in the folder is in a known log format (" + firstReason
                + "; known formats: " + known() + ")");
    }

    /**
     * Files of a folder (the first {@link #FOLDER_FILES_CHECKED}) that some other format would
     * claim first, as "name (format)"; an unreadable or unrecognised file is not listed.
     */
    static List<String> filesOfAnotherFormat(LogInput folder, LogFormat chosen) {
        List<String> others = new java.util.ArrayList<>();
        for (Path file : folder.files().subList(0, Math.min(FOLDER_FILES_CHECKED, folder.files().size()))) {
            try {
                LogFormat best = best(new LogInput(file, List.of(file), Files.size(file)));
                if (best != null && !best.name().equals(chosen.name())) others.add(file.getFileName() + " (" + best.name() + ")");
            } catch (IOException e) {
                // the reader reports a file it cannot read
            }
        }
        return others;
    }

    private static LogFormat best(LogInput input) throws IOException {
        LogFormat best = null;
        int bestScore = 0;
        for (LogFormat f : all()) {
            int score = f.sniff(input);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** "binary data at byte 3", or what the text starts with. */
    static String whyUnknown(LogInput input) throws IOException {
        byte[] head = input.head(HEAD);
        if (head.length == 0) return "empty";
        String packed = packedAs(head);
        if (packed != null) return packed;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return "binary data at byte " + i;
            }
        }
        int invalid = firstInvalidUtf8(head);
        if (invalid >= 0) return "binary data at byte " + invalid;
        String text = new String(head, 0, Math.min(head.length, 40), StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        if (nl >= 0) text = text.substring(0, nl);
        return "text starting \"" + text.strip() + "\"";
    }

    /** What a user can do about a log that is compressed or in another text encoding, or null. */
    private static String packedAs(byte[] head) {
        if (startsWith(head, 0x1F, 0x8B)) return "gzip-compressed data: decompress it first (gunzip)";
        if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) return "zstd-compressed data: decompress it first (unzstd)";
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) return "a zip archive: extract the log first";
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) return "UTF-16 text: save it as UTF-8";
        return null;
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) return false;
        for (int i = 0; i < bytes.length; i++) if ((head[i] & 0xFF) != bytes[i]) return false;
        return true;
    }

    /** Where the bytes stop being UTF-8 text, or -1 (a sequence cut by the end of the head is fine). */
    private static int firstInvalidUtf8(byte[] head) {
        int i = 0;
        while (i < head.length) {
            int b = head[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b < 0xE0 ? 1 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xF0 && b < 0xF5 ? 3 : -1;
            if (extra < 0) return i;
            for (int k = 1; k <= extra && i + k < head.length; k++) {
                if ((head[i + k] & 0xC0) != 0x80) return i;
            }
            i += extra + 1;
        }
        return -1;
    }

    private static String known() {
        return String.join(", ", names());
    }
}
