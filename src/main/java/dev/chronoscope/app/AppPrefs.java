package dev.chronoscope.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** What the window remembers between runs (java.util.prefs): recent logs, folder, theme, dividers. */
final class AppPrefs {
    private static final int MAX_RECENT = 10;
    private final Preferences prefs;

    AppPrefs(Preferences prefs) {
        this.prefs = prefs;
    }

    static AppPrefs user() {
        return new AppPrefs(Preferences.userRoot().node("dev/chronoscope/app"));
    }

    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            Path path = p == null ? null : path(p);
            if (path != null) out.add(path);
        }
        return out;
    }

    void addRecent(Path log) {
        List<Path> list = recent();
        Path abs = log.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) prefs.put("recent." + i, list.get(i).toString());
            else prefs.remove("recent." + i);
        }
    }

    Path lastFolder() {
        String p = prefs.get("lastFolder", null);
        return p == null ? null : path(p);
    }

    /**
     * A remembered path, or null when this JVM's locale cannot encode its name: one run in a UTF-8
     * locale may have stored a name that a run under LANG=C cannot make a path of.
     */
    private static Path path(String stored) {
        try {
            return Path.of(stored);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    void setLastFolder(Path folder) {
        if (folder != null) prefs.put("lastFolder", folder.toAbsolutePath().toString());
    }

    boolean dark() {
        return prefs.getBoolean("dark", false);
    }

    void setDark(boolean dark) {
        prefs.putBoolean("dark", dark);
    }

    double divider(String name, double fallback) {
        return prefs.getDouble("divider." + name, fallback);
    }

    void setDivider(String name, double position) {
        prefs.putDouble("divider." + name, position);
    }
}
