package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTreeBuilderTest {

    @ParameterizedTest
    @MethodSource("dev.chronoscope.ingest.TrickyJson#all")
    void buildsTheTreeTheTreeReaderBuilds(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ObjectNode expected = (ObjectNode) Jsons.TREE_READER.readTree(bytes);
        ObjectNode built = build(bytes);
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

    @Test
    void valuesJsonParsersNeverReportAreLeftToJackson() throws IOException {
        TokenBuffer tokens = new TokenBuffer(Jsons.MAPPER, false);
        tokens.writeStartObject();
        tokens.writeFieldName("decimal");
        tokens.writeNumber(new BigDecimal("1.50"));
        tokens.writeFieldName("float");
        tokens.writeNumber(1.25f);
        tokens.writeFieldName("pojo");
        tokens.writeEmbeddedObject(new byte[] {1, 2});
        tokens.writeEndObject();
        JsonNode expected = Jsons.MAPPER.readTree(tokens.asParser(Jsons.MAPPER));
        try (JsonParser parser = tokens.asParser(Jsons.MAPPER)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            assertEquals(TreeShape.of(expected), TreeShape.of(new JsonTreeBuilder().readObject(parser)));
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
