package dev.chronoscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache folder's default, in the order the README gives. */
class CacheDirsTest {
    private static final String ACCOUNT_HOME = "/home/account";

    @Test
    void theOptionThenTheVariablesThenHomeChooseTheFolder() {
        Map<String, String> all = Map.of("CHRONOSCOPE_CACHE", "/c", "XDG_CACHE_HOME", "/x", "HOME", "/h");
        assertEquals(Path.of("/opt"), CacheDirs.resolve(Path.of("/opt"), all, ACCOUNT_HOME));
        assertEquals(Path.of("/c"), CacheDirs.resolve(null, all, ACCOUNT_HOME));
        assertEquals(Path.of("/x/chronoscope"), CacheDirs.resolve(null, Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h"), ACCOUNT_HOME));
        assertEquals(Path.of("/x/chronoscope"), CacheDirs.resolve(null, Map.of("CHRONOSCOPE_CACHE", " ", "XDG_CACHE_HOME", "/x"), ACCOUNT_HOME));
    }

    /** "~/.cache/chronoscope" is under $HOME, as the shell reads "~", not under the account's home. */
    @Test
    void theDefaultIsUnderHomeAsTheShellSeesIt() {
        assertEquals(Path.of("/h/.cache/chronoscope"), CacheDirs.resolve(null, Map.of("HOME", "/h"), ACCOUNT_HOME));
        assertEquals(Path.of("/home/account/.cache/chronoscope"), CacheDirs.resolve(null, Map.of(), ACCOUNT_HOME));
    }
}
