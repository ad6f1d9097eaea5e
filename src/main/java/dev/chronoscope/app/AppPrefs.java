package dev.chronoscope.app;

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
            if (p != null) out.add(Path.of(p));
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
        return p == null ? null : Path.of(p);
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
