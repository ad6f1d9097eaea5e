package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class JsonTextTest {

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
