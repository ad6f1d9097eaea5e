package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreeBuilderTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"a\":{},\"b\":[],\"c\":[[]],\"d\":[{}]}",
            "{\"int\":2147483647,\"nextLong\":2147483648,\"minInt\":-2147483648,\"belowInt\":-2147483649}",
            "{\"long\":9223372036854775807,\"big\":9223372036854775808,\"minLong\":-9223372036854775808,\"belowLong\":-9223372036854775809}",
            "{\"zero\":0,\"negZero\":-0,\"tenDigits\":1000000000,\"hugeInt\":123456789012345678901234567890}",
            "{\"f\":1.5,\"e\":1E2,\"tiny\":-1e-400,\"inf\":1e400,\"negZeroF\":-0.0,\"fraction\":0.1}",
            "{\"nan\":NaN,\"inf\":Infinity,\"negInf\":-Infinity,\"plusInf\":+Infinity}",
            "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\",\"text\":\"x\"}",
            "{\"a\":1,\"b\":2,\"a\":3}",
            "{\"a\":{\"x\":1},\"a\":[2]}",
            "{\"trailing\":[1,2,],\"obj\":{\"x\":1,},}",
            "{\"esc\":\"q\\\"b\\\\s\\/n\\n\\t\\u00e9\\ud83d\\ude00\",\"lone\":\"\\ud800\"}",
            "{\"utf8\":\"h\u00e9llo \u65e5\u672c \ud83d\ude00\",\"k\u00e9y\":1}",
            "{\"ctl\":\"a\u0001b\tc\"}",
            "{\"nested\":[1,[2,[3,{\"deep\":[4.5,\"x\",null,true]}]],{\"a\":{\"b\":{\"c\":{}}}}]}",
            "{\"ProcessCreated\":{\"id\":0,\"ts\":4200009232,\"subsystem\":\"sched\",\"cpu\":1,\"name\":\"systemd\"}}"
    })
    void buildsTheTreeTheTreeReaderBuilds(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ObjectNode expected = (ObjectNode) Jsons.TREE_READER.readTree(bytes);
        ObjectNode built = build(bytes);
        assertNotNull(built, json);
        assertEquals(TreeShape.of(expected), TreeShape.of(built), json);
        assertEquals(expected, built);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1,\"a\" 2}", "{\"a\":[1,2}", "{\"a\":tru}", "{\"a\":01}", "{\"a\":1"})
    void syntaxErrorsAreTheParsers(String json) {
        assertThrows(JsonProcessingException.class, () -> build(json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 200, 999})
    void deepNestingIsBuiltWithoutRecursionLimits(int depth) throws IOException {
        String json = "{\"a\":" + "[".repeat(depth - 1) + "1" + "]".repeat(depth - 1) + "}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        assertEquals(TreeShape.of(Jsons.TREE_READER.readTree(bytes)), TreeShape.of(build(bytes)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "{\"b\":[1,{\"c\":2}]}"})
    void oneBuilderServesRecordAfterRecord(String json) throws IOException {
        JsonTreeBuilder builder = new JsonTreeBuilder();
        byte[] bytes = (json + "\n" + json + "\n" + json).getBytes(StandardCharsets.UTF_8);
        try (JsonParser parser = Jsons.MAPPER.createParser(bytes)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(JsonToken.START_OBJECT, parser.nextToken());
                assertEquals(TreeShape.of(Jsons.TREE_READER.readTree(json)), TreeShape.of(builder.readObject(parser)));
            }
        }
    }

    private static ObjectNode build(byte[] bytes) throws IOException {
        try (JsonParser parser = Jsons.MAPPER.createParser(bytes)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            ObjectNode built = new JsonTreeBuilder().readObject(parser);
            assertEquals(JsonToken.END_OBJECT, parser.currentToken());
            return built;
        }
    }
}
