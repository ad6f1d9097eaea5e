package dev.chronoscope.replay;

import static dev.chronoscope.replay.TestData.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ShortNode;
import dev.chronoscope.codec.ByteSink;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChangeCodecTest {

    @Test
    void changeSetsRoundTripEveryKindOfValue() {
        List<Change> changes = List.of(
                new Change("a/b", null, json("\"text ✓\"")),
                new Change("a/bc", json("-7"), json("9223372036854775807")),
                new Change("a/big", json("123456789012345678901234567890"), json("-1.5e300")),
                new Change("a/null", NullNode.getInstance(), null),
                new Change("a/x", json("true"), json("false")),
                new Change("z/😀/arr", json("[1,[2,{\"k\":null}],\"s\",2.5]"), json("[]")),
                new Change("z/😁", DoubleNode.valueOf(Double.NaN), json("{\"nested\":{\"x\":1}}")));
        List<Change> decoded = ChangeCodec.decodeChanges(ChangeCodec.encodeChanges(changes, new ByteSink()));
        assertEquals(changes, decoded);
    }

    @Test
    void checkpointsRoundTripAndEmptyChangeSetsCostNothing() {
        TreeMap<String, JsonNode> leaves = new TreeMap<>();
        for (int i = 0; i < 500; i++) leaves.put("processes/" + i + "/state", json("\"R" + i % 3 + "\""));
        byte[] bytes = ChangeCodec.encodeCheckpoint(leaves, new ByteSink());
        assertEquals(leaves, ChangeCodec.decodeCheckpoint(bytes));
        int fullPaths = leaves.keySet().stream().mapToInt(String::length).sum();
        assertTrue(bytes.length < fullPaths, "shared path prefixes are not repeated: " + bytes.length);
        assertSame(ChangeCodec.EMPTY, ChangeCodec.encodeChanges(List.of(), new ByteSink()));
        assertEquals(List.of(), ChangeCodec.decodeChanges(new byte[0]));
    }

    @Test
    void decodedNumbersHaveTheCanonicalFormOfTheState() {
        JsonNode[] written = {ShortNode.valueOf((short) 3), LongNode.valueOf(4), FloatNode.valueOf(1.5f),
                JsonNodeFactory.instance.numberNode(new BigDecimal("2.25")),
                JsonNodeFactory.instance.numberNode(BigInteger.TEN)};
        for (JsonNode w : written) {
            List<Change> one = List.of(new Change("n", null, Values.canonical(w)));
            assertEquals(one, ChangeCodec.decodeChanges(ChangeCodec.encodeChanges(one, new ByteSink())), w.toString());
        }
        assertEquals(IntNode.valueOf(3), Values.canonical(ShortNode.valueOf((short) 3)));
        assertEquals(DoubleNode.valueOf(2.25), Values.canonical(JsonNodeFactory.instance.numberNode(new BigDecimal("2.25"))));
    }

    @Test
    void truncatedDataIsReportedWithItsPosition() {
        byte[] bytes = ChangeCodec.encodeChanges(List.of(new Change("path", null, json("\"value\""))), new ByteSink());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChangeCodec.decodeChanges(Arrays.copyOf(bytes, bytes.length - 2)));
        assertTrue(e.getMessage().startsWith("corrupt replay data at byte"), e.getMessage());
    }
}
