package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JSON Lines read by the direct parser, with Jackson for the lines it leaves, must give exactly
 * what Jackson alone gives: the same records (node types, key order) at the same lines, and the
 * same errors, worded and placed the same.
 */
class JsonLinesDirectTest {

    @Test
    void aBadLineAmongGoodOnesCostsOnlyItself() throws IOException {
        List<String> read = assertSameBothWays("{\"a\":1}\n{\"a\":2}\n{\"a\": x}\n{\"a\":4}\n{\"a\":5}\n");
        assertEquals(List.of("line 1 {\"a\":IntNode(1)}", "line 2 {\"a\":IntNode(2)}", "error line 3",
                "line 4 {\"a\":IntNode(4)}", "line 5 {\"a\":IntNode(5)}"), read.stream().map(r -> r.replaceAll(" malformed.*", "")).toList());
        assertTrue(read.get(2).startsWith("error line 3 malformed JSON at column 9: Unrecognized token 'x'"), read.get(2));
    }

    @Test
    void anObjectSpanningTwoLinesIsTwoBadLines() throws IOException {
        List<String> read = assertSameBothWays("{\"a\":1}\n{\"b\":\n2}\n{\"c\":3}\n");
        assertEquals(4, read.size(), read.toString());
        assertTrue(read.get(1).startsWith("error line 2 malformed JSON"), read.get(1));
        assertTrue(read.get(2).startsWith("error line 3 malformed JSON"), read.get(2));
        assertEquals("line 4 {\"c\":IntNode(3)}", read.get(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}{\"b\":2}\n{\"c\":3}\n", "{\"a\":1} {\"b\":2}\n{\"c\":3}\n", "{\"a\":1}\t{\"b\":2}\n"})
    void twoObjectsOnOneLineAreAnError(String text) throws IOException {
        List<String> read = assertSameBothWays(text);
        assertEquals("error line 1", read.get(0).substring(0, "error line 1".length()), read.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[1,2]\n\"text\"\n42\ntrue\nnull\n{\"ok\":1}\n",
            "{\"a\":1} x\n{\"a\":1},\n{\"a\":1}]\n}\n{\"ok\":1}\n",
            "  {\"a\":1}  \n\t{\"b\":2}\r\n\n   \n{\"c\":3}\f\n\f\n\f{\"d\":4}\n{\"e\":5}\n",
            "\uFEFF{\"bom\":1}\n\uFEFF{\"second\":2}\n{\"c\":3}\n",
            "{\"a\":1}\n{\"b\":2,\"c\":",
            "{\"a\":1}\n{\"b\":2}",
            "{\"a\":1}\r\n{\"b\":2}\r\n",
            "{\"a\":1}\r{\"b\":2}\n{\"c\":3}\n",
            "{\"a\":1,}\n{\"b\":[1,2,],}\n{\"n\":NaN,\"i\":Infinity,\"m\":-Infinity}\n{\"c\":\"a\u0001b\"}\n",
            "{\"a\":2147483648,\"b\":9223372036854775808,\"c\":-0,\"d\":1e400,\"e\":0.1}\n",
            "{\"a\":1,\"b\":2,\"a\":3}\n{\"e\":\"\\u00e9\\n\\\"\",\"u\":\"\u00e9\u65e5\"}\n",
            "{}\n{\"a\":{}}\n{\"a\":[]}\n",
            "{\u0000\"a\":1}\n{\"b\":2}\n",
            "// comment\n/* c */ {\"a\":1}\n{\"b\":2}\n",
            "{\"a\":01}\n{\"a\":1.}\n{\"a\":.5}\n{\"a\":+1}\n{\"a\":tru}\n{\"a\":truex}\n{\"a\":1}\n",
            "{'a':1}\n{a:1}\n{\"a\":'x'}\n{\"a\":1}\n"
    })
    void trickyLinesReadAsEachLineAlone(String text) throws IOException {
        assertSameBothWays(text);
    }

    @Test
    void invalidUtf8IsReadAsEachLineAlone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"a\":1}\n{\"b\":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.writeBytes("\"}\n{\"c\":3}\n".getBytes(StandardCharsets.UTF_8));
        assertSameBothWays(out.toByteArray());
    }

    @Test
    void nestingDeeperThanJacksonAllowsIsReadAsEachLineAlone() throws IOException {
        assertSameBothWays("{\"a\":1}\n{\"deep\":" + "[".repeat(1200) + "]".repeat(1200) + "}\n{\"b\":2}\n");
    }

    /** Lines drawn at random from good, bad and odd ones, over the smallest buffer so that lines meet its refills. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomMixturesReadAsEachLineAlone(long seed) throws IOException {
        String[] pieces = {
                "{\"type\":\"A\",\"ts\":%d,\"lane\":\"x\"}", "{\"n\":%d,\"f\":1.25,\"b\":true,\"z\":null,\"arr\":[1,\"s\",{\"k\":[]}]}",
                "{\"big\":9223372036854775807%d}", "  {\"pad\":%d}\t", "{\"a\": x%d}", "[%d]", "{\"open\":%d,", "}",
                "{\"a\":%d}{\"b\":2}", "", "   ", "{\"t\":%d,}", "{\"s\":\"e\\u00e9\\\"%d\"}", "{\"a\":%d} trailing",
                "{\"c\":\"\u00e9\u65e5%d\"}", "\f{\"f\":%d}", "{\"r\":%d}\r", "%d", "{\"dup\":1,\"dup\":%d}"
        };
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        int lines = 3000;
        for (int i = 0; i < lines; i++) {
            String piece = random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : pieces[random.nextInt(2)];
            text.append(String.format(piece, i));
            if (i < lines - 1 || random.nextBoolean()) text.append('\n');
        }
        assertSameBothWays(text.toString());
    }

    private static List<String> assertSameBothWays(String text) throws IOException {
        return assertSameBothWays(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> assertSameBothWays(byte[] bytes) throws IOException {
        List<String> jackson = read(bytes, false);
        List<String> direct = read(bytes, true);
        for (int i = 0; i < Math.min(jackson.size(), direct.size()); i++) {
            assertEquals(jackson.get(i), direct.get(i), "item " + i + " of what was read");
        }
        assertEquals(jackson.size(), direct.size(), "items read");
        return direct;
    }

    /** Records and errors in the order the source gave them, with their lines. */
    private static List<String> read(byte[] bytes, boolean direct) throws IOException {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<String> read = new ArrayList<>();
        // a size hint of 0 gives the smallest buffer, so that longer inputs are read in many refills
        try (JsonLinesSource source = new JsonLinesSource("f.jsonl", new ByteArrayInputStream(bytes), 0, context, direct)) {
            int errorsSeen = 0;
            while (true) {
                ObjectNode record = source.next();
                for (; errorsSeen < context.errors.size(); errorsSeen++) {
                    ErrorCollectingContext.Problem p = context.errors.get(errorsSeen);
                    read.add("error line " + p.position() + " " + p.reason());
                }
                if (record == null) break;
                read.add("line " + source.line() + " " + TreeShape.of(record));
            }
        }
        return read;
    }
}
