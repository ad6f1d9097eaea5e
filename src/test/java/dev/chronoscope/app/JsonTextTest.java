package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    /** One line per cell, and no character that reorders or hides what follows it. */
    @Test
    void controlAndBidiCharactersAreShownAsEscapes() {
        String plain = "key=value עברית 日本語";
        assertSame(plain, JsonText.shown(plain), "text without such characters is returned as it is");
        assertEquals("line1\\nline2\\u0000nul", JsonText.shown("line1\nline2\u0000nul"));
        assertEquals("tab\\there", JsonText.shown("tab\there"));
        assertEquals("rtl\\u202eoverride", JsonText.shown("rtl\u202eoverride"));
        assertEquals("a\\u2066b\\u200fc\\u0085", JsonText.shown("a\u2066b\u200fc\u0085"));
        assertEquals("", JsonText.shown(null));
    }
}
