package dev.chronoscope.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonOutTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonOut out = new JsonOut(bytes);

    @Test
    void stringsAreEscapedAndEncodedAsUtf8() throws Exception {
        String tricky = "quote \" backslash \\ tab \t nul \u0000 é € 𝄞 end";
        out.obj().str("s", tricky).end().line();
        out.close();
        JsonNode read = Logs.JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(tricky, read.get("s").asText());
    }

    @Test
    void numbersHexDecimalsAndNestingRoundTrip() throws Exception {
        out.obj().num("min", Long.MIN_VALUE).num("neg", -42).num("zero", 0).hex("a", 0x7f3a00001000L).hex("z", 0)
                .dec("d", -3.14159, 2).dec("i", 2.0, 0).bool("t", true)
                .obj("inner").arr("list").num(1).str("two").endArr().end().end().line();
        out.close();
        JsonNode read = Logs.JSON.readTree(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(Long.MIN_VALUE, read.get("min").asLong());
        assertEquals(-42, read.get("neg").asLong());
        assertEquals("0x7f3a00001000", read.get("a").asText());
        assertEquals("0x0", read.get("z").asText());
        assertEquals("-3.14", read.get("d").asText());
        assertEquals("2", read.get("i").asText());
        assertEquals("[1,\"two\"]", read.get("inner").get("list").toString());
    }

    @Test
    void recordsLongerThanTheBufferAreWrittenWhole() throws Exception {
        String big = "x".repeat(200_000);
        for (int i = 0; i < 3; i++) out.obj().str("big", big).num("i", i).end().line();
        out.close();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        assertEquals(big, Logs.JSON.readTree(lines[2]).get("big").asText());
    }

    @Test
    void anUnclosedRecordIsABug() {
        out.obj().str("a", "b");
        assertThrows(IllegalStateException.class, out::line);
    }
}
