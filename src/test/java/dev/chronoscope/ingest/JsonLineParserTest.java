package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct parser either gives exactly the tree Jackson's tree reader gives for a line, or gives
 * up on the line (null) so that Jackson reads it; it must never give a tree Jackson would not.
 */
class JsonLineParserTest {

    @ParameterizedTest
    @MethodSource("dev.chronoscope.ingest.TrickyJson#strict")
    void readsStrictJsonAsTheTreeReaderDoes(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ObjectNode direct = new JsonLineParser().parse(bytes, 0, bytes.length);
        assertNotNull(direct, json);
        assertEquals(TreeShape.of(Jsons.TREE_READER.readTree(bytes)), TreeShape.of(direct), json);
    }

    @ParameterizedTest
    @MethodSource("dev.chronoscope.ingest.TrickyJson#lenient")
    void leavesTheLeniencesToJackson(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertNull(new JsonLineParser().parse(bytes, 0, bytes.length), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":1}{\"b\":2}", "{\"a\" 1}", "{\"a\":}", "{,}", "{\"a\":1,,\"b\":2}",
            "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":-}", "{\"a\":0x1}", "{\"a\":1.5.5}",
            "{\"a\":tru}", "{\"a\":truex}", "{\"a\":nul}", "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12g4\"}", "{\"a\":\"\\u12\"}",
            "{'a':1}", "{a:1}", "{\"a\":'x'}", "[1]", "\"text\"", "{\"a\":[1 2]}", "{\"a\":[1,]}", "{\"a\":1\f}", "{\f\"a\":1}",
            "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":-Infinity}", "// c\n{}", "{\u0000\"a\":1}"})
    void leavesEveryOtherLineToJackson(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertNull(new JsonLineParser().parse(bytes, 0, bytes.length), json);
    }

    @Test
    void leavesMalformedUtf8ToJackson() {
        int[][] sequences = {{0xC3, 0x28}, {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
                {0xF5, 0x80, 0x80, 0x80}, {0x80}, {0xFF}, {0xE2, 0x82}};
        for (int[] sequence : sequences) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            line.writeBytes("{\"a\":\"".getBytes(StandardCharsets.US_ASCII));
            for (int b : sequence) line.write(b);
            line.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = line.toByteArray();
            assertNull(new JsonLineParser().parse(bytes, 0, bytes.length), Arrays.toString(sequence));
        }
    }

    @Test
    void readsLongStringsWithEscapesAndUtf8() throws IOException {
        String piece = "\\\"\u00e9\u65e5\\u0041\\n";
        String json = "{\"long\":\"" + piece.repeat(40_000) + "\",\"after\":\"x\\ty\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonLineParser parser = new JsonLineParser();
        for (int i = 0; i < 2; i++) {
            ObjectNode direct = parser.parse(bytes, 0, bytes.length);
            assertNotNull(direct);
            assertEquals(TreeShape.of(Jsons.TREE_READER.readTree(bytes)), TreeShape.of(direct));
        }
    }

    @Test
    void readsOnlyTheBytesItIsGiven() {
        byte[] bytes = "xx{\"a\":1}{\"b\":2}".getBytes(StandardCharsets.UTF_8);
        JsonLineParser parser = new JsonLineParser();
        assertEquals("{\"a\":IntNode(1)}", TreeShape.of(parser.parse(bytes, 2, 9)));
        assertEquals("{\"b\":IntNode(2)}", TreeShape.of(parser.parse(bytes, 9, 16)));
        assertNull(parser.parse(bytes, 2, 8));
    }

    @Test
    void oneParserServesLineAfterLineWithCachedKeys() {
        JsonLineParser parser = new JsonLineParser();
        for (int i = 0; i < 3000; i++) {
            String json = "{\"k" + (i % 1500) + "\":" + i + ",\"same\":\"v\"}";
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            assertEquals("{\"k" + (i % 1500) + "\":IntNode(" + i + "),\"same\":TextNode(\"v\")}", TreeShape.of(parser.parse(bytes, 0, bytes.length)));
        }
    }

    /**
     * Random records, strict ones and ones with a byte or two changed: whatever the direct parser
     * takes, the tree reader must take alike, and it must take every strict one.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void agreesWithTheTreeReaderOnRandomRecords(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        JsonLineParser parser = new JsonLineParser();
        for (int n = 0; n < 800; n++) {
            StringBuilder text = new StringBuilder();
            RandomJson.object(random, text, 0);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            boolean strict = random.nextInt(3) == 0;
            if (!strict) bytes = RandomJson.mutate(random, bytes);
            int s = 0;
            int e = bytes.length;
            while (s < e && Jsons.isWhitespace(bytes[s])) s++;
            while (e > s && Jsons.isWhitespace(bytes[e - 1])) e--;
            ObjectNode direct = parser.parse(bytes, s, e);
            JsonNode expected;
            try {
                expected = s == e ? null : Jsons.TREE_READER.readTree(bytes, s, e - s);
            } catch (JsonProcessingException ex) {
                expected = null;
            } catch (IOException ex) {
                throw new AssertionError(ex);
            }
            String shown = new String(bytes, StandardCharsets.UTF_8);
            if (direct != null) {
                if (!(expected instanceof ObjectNode)) fail("the direct parser took what the tree reader refuses: " + shown);
                assertEquals(TreeShape.of(expected), TreeShape.of(direct), shown);
            } else if (strict) {
                fail("the direct parser gave up on strict JSON: " + shown);
            }
        }
    }
}
