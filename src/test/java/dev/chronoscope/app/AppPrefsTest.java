package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** Remembered paths this JVM's locale cannot encode (stored by a run in another locale) are left out, not thrown. */
class AppPrefsTest {
    @Test
    void aRememberedNameThisLocaleCannotEncodeIsLeftOut() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/chronoscope/test-unencodable-names");
        try {
            // A lone surrogate is as unencodable in UTF-8 as a UTF-8 name is in ASCII under LANG=C.
            node.put("recent.0", "/logs/bad\uD800.jsonl");
            node.put("recent.1", "/logs/good.jsonl");
            node.put("lastFolder", "/logs/bad\uD800");
            AppPrefs prefs = new AppPrefs(node);
            assertEquals(List.of(Path.of("/logs/good.jsonl")), prefs.recent());
            assertNull(prefs.lastFolder());
        } finally {
            node.removeNode();
            node.flush();
        }
    }
}
