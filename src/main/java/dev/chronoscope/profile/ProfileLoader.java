package dev.chronoscope.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads profile JSON (formats/profiles.md) into a {@link Profile}. Every problem — bad JSON, a
 * value of the wrong shape, an unknown key — is a {@link ProfileException} naming the source, line
 * and column and what was expected there. Comments ({@code //}, {@code /* *}{@code /}) are allowed
 * because people annotate their profiles; duplicate keys are not, since one would silently win.
 */
public final class ProfileLoader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProfileLoader() {}

    /** Loads a profile file; a profile without {@code name} is named after the file. */
    public static Profile load(Path file) throws ProfileException {
        String source = file.toString();
        try {
            String text = utf8(source, Files.readAllBytes(file));
            return parse(source, stem(file.getFileName().toString()), text);
        } catch (NoSuchFileException e) {
            throw new ProfileException(source, "no such file");
        } catch (IOException e) {
            throw new ProfileException(source, "cannot read the file (" + e.getMessage() + ")");
        }
    }

    /** Loads a profile from the class path, e.g. {@code /profiles/generic.json}. */
    public static Profile loadResource(String resource) throws ProfileException {
        InputStream in = ProfileLoader.class.getResourceAsStream(resource);
        if (in == null) throw new ProfileException(resource, "no such resource");
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        try (in) {
            return parse(resource, stem(fileName), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ProfileException(resource, "cannot read the resource (" + e.getMessage() + ")");
        }
    }

    /** Parses profile text; {@code source} names it in messages. */
    public static Profile parse(String source, String text) throws ProfileException {
        try {
            return parse(source, stem(source), text);
        } catch (IOException e) {
            throw new ProfileException(source, e.getMessage());
        }
    }

    private static Profile parse(String source, String fallbackName, String written) throws ProfileException, IOException {
        // Editors on Windows start UTF-8 files with a byte order mark; logs with one are read, so are profiles.
        String text = written.startsWith("\uFEFF") ? written.substring(1) : written;
        try (JsonParser parser = MAPPER.createParser(new StringReader(text))) {
            return new ProfileReader(source, parser, text).read(fallbackName);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : at.getLineNr();
            int column = at == null ? 1 : at.getColumnNr();
            throw new ProfileException(source, line, column, "invalid JSON: " + JsonProblems.describe(e, true));
        }
    }

    /** The file's text, or where it stops being UTF-8 and why (a decoder only says "Input length = 2"). */
    private static String utf8(String source, byte[] bytes) throws ProfileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) return out.flip().toString();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        throw new ProfileException(source, line, column, "not UTF-8 text (" + whyNotUtf8(bytes, in.position()) + ")");
    }

    private static String whyNotUtf8(byte[] bytes, int at) {
        int b = bytes[at] & 0xFF;
        String where = String.format("byte 0x%02X at offset %d", b, at);
        if (b >= 0x80 && b <= 0xBF) return where + " continues a character that never started";
        int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
        if (length == 0) return where + " never occurs in UTF-8";
        for (int i = at + 1; i < at + length; i++) {
            if (i >= bytes.length) return where + " starts a " + length + "-byte character, but the file ends";
            int next = bytes[i] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return where + String.format(" starts a %d-byte character, but byte 0x%02X follows", length, next);
            }
        }
        return where + " starts a character that UTF-8 does not allow (overlong or out of range)";
    }

    private static String stem(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String name = fileName.substring(slash + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
