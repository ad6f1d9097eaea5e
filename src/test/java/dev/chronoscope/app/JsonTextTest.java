package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void scalarsReadAsJacksonWritesThemAndTextWithoutQuotes() throws Exception {
        JsonNode values = new ObjectMapper().readTree("[0, -7, 4247776307, 9223372036854775807, 18446744073709551616,"
                + " 1.5, -0.25, 1e-7, 6.02e23, 123456789.123456789, true, false, null, {\"a\": [1, \"x\"]}, [], \"L1 \\\"q\\\"\"]");
        for (JsonNode v : values) {
            String asJson = v.isTextual() ? v.asText() : v.toString();
            assertEquals(asJson, JsonText.of(v), "shown as before for " + v.getNodeType());
        }
        assertEquals("L1 \"q\"", JsonText.of(values.get(values.size() - 1)));
        assertEquals("", JsonText.of(null));
    }
}
