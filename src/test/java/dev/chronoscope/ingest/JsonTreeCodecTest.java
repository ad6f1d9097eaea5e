package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codec must give back exactly what writing JSON text and parsing it again gave. */
class JsonTreeCodecTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void everyNodeKindComesBackAsTheTextRoundTripGivesIt() throws IOException {
        ObjectNode tree = NODES.objectNode();
        tree.put("int", 7).put("negative", -3).put("smallLong", 5L).put("long", 1_700_000_000_000_000_123L)
            .put("minLong", Long.MIN_VALUE).put("double", 0.1).put("integralDouble", 3.0).put("negativeZero", -0.0)
            .put("float", 0.1f).put("nan", Double.NaN).put("infinity", Double.NEGATIVE_INFINITY)
            .put("text", "naïve ✓ \"quoted\"\n").put("empty", "").put("yes", true).put("no", false).putNull("nothing");
        tree.put("bigSmall", BigInteger.valueOf(42)).put("bigLarge", new BigInteger("123456789012345678901234567890"));
        tree.put("decimal", new BigDecimal("5")).put("decimalFraction", new BigDecimal("2.50"));
        tree.put("binary", new byte[] {1, 2, 3});
        ArrayNode array = tree.putArray("array");
        array.add(1).add("two").addObject().put("three", 3);
        array.addArray();
        tree.putObject("nested").putObject("deeper").put("k", "v");
        tree.putObject("emptyObject");

        JsonNode viaText = ChromeJsonStream.MAPPER.readTree(ChromeJsonStream.MAPPER.writeValueAsBytes(tree));
        JsonNode viaCodec = JsonTreeCodec.decode(new JsonTreeCodec().encode(tree));

        assertEquals(viaText, viaCodec);
        assertEquals(viaText.toString(), viaCodec.toString());
        viaText.fields().forEachRemaining(f ->
                assertEquals(f.getValue().getNodeType() + "/" + f.getValue().numberType(),
                        viaCodec.get(f.getKey()).getNodeType() + "/" + viaCodec.get(f.getKey()).numberType(), f.getKey()));
    }

    @Test
    void oneEncoderServesManyTreesOfDifferentSizes() throws IOException {
        JsonTreeCodec codec = new JsonTreeCodec();
        ObjectNode big = NODES.objectNode();
        for (int i = 0; i < 500; i++) big.put("field" + i, "value " + i);
        ObjectNode small = NODES.objectNode().put("a", 1);
        byte[] first = codec.encode(big);
        byte[] second = codec.encode(small);
        assertEquals(big, JsonTreeCodec.decode(first));
        assertEquals(small, JsonTreeCodec.decode(second));
    }

    @Test
    void truncatedBytesAreAnErrorNotAWrongTree() {
        byte[] bytes = new JsonTreeCodec().encode(NODES.objectNode().put("name", "a fairly long string value"));
        IOException e = assertThrows(IOException.class, () -> JsonTreeCodec.decode(Arrays.copyOf(bytes, bytes.length - 5)));
        assertEquals(true, e.getMessage().contains("runs past the end"), e.getMessage());
    }

    @Test
    void sharedTextsGiveEqualTreesAndOneNodePerRepeatedShortString() throws IOException {
        JsonTreeCodec codec = new JsonTreeCodec();
        JsonTreeCodec.Texts texts = new JsonTreeCodec.Texts();
        ObjectNode first = NODES.objectNode().put("thread", "main").put("naïve", "naïve").put("long", "x".repeat(200));
        first.putArray("list").add("main").add("other");
        ObjectNode second = NODES.objectNode().put("thread", "main").put("other", "main");
        JsonNode a = JsonTreeCodec.decode(codec.encode(first), 0, texts);
        JsonNode b = JsonTreeCodec.decode(codec.encode(second), 0, texts);
        assertEquals(first, a);
        assertEquals(second, b);
        assertSame(a.get("thread"), b.get("thread"));
        assertSame(a.get("thread"), a.get("list").get(0));
        assertSame(a.get("thread"), b.get("other"));
        assertEquals("naïve", a.get("naïve").textValue());
        assertEquals("x".repeat(200), a.get("long").textValue());
    }
}
