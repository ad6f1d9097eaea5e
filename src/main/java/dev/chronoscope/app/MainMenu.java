package dev.chronoscope.app;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** The menu bar: File (open, recent, export), Go (incl. findings), View (zoom, causal arrows, dark theme). */
final class MainMenu {
    private final MainView main;
    private final AppController app;
    private final TimelineView timeline;
    private final AppPrefs prefs;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");
    private final Menu findings = new Menu("Findings");

    MainMenu(MainView main, AppController app, TimelineView timeline, AppPrefs prefs) {
        this.main = main;
        this.app = app;
        this.timeline = timeline;
        this.prefs = prefs;
        recent.setId("openRecent");
        MenuItem open = item("Open…", "fth-folder", this::chooseLog);
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem find = item("Filter…", "fth-search", main::focusFilter);
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        Menu file = new Menu("File", null, open, recent, new SeparatorMenuItem(),
                item("Export State at Cursor as JSON…", "fth-download", this::exportState),
                item("Export Events in View as JSON Lines…", "fth-download", this::exportEvents),
                new SeparatorMenuItem(), item("Quit", null, () -> main.stage().close()));
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        Menu go = new Menu("Go", null, find,
                item("Next Match (F3)", "fth-chevrons-right", () -> app.nextMatch(true)),
                item("Previous Match (Shift+F3)", "fth-chevrons-left", () -> app.nextMatch(false)),
                new SeparatorMenuItem(),
                item("Step Forward (→)", "fth-arrow-right", () -> app.step(1)),
                item("Step Back (←)", "fth-arrow-left", () -> app.step(-1)),
                item("First Event (Home)", null, () -> app.moveTo(0)),
                item("Last Event (End)", null, () -> app.moveTo(Long.MAX_VALUE / 2)),
                new SeparatorMenuItem(),
                item("Toggle Bookmark (B)", "fth-bookmark", app::toggleBookmark),
                item("Set Marker A (A)", null, () -> app.setMarker(true)),
                item("Set Marker B (Z)", null, () -> app.setMarker(false)),
                new SeparatorMenuItem(), findings);
        findings.setId("findingsMenu");
        go.setOnShowing(e -> {
            findings.getItems().setAll(CausalityPanel.findingItems(app));
            findings.setDisable(findings.getItems().isEmpty());
        });
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("darkTheme");
        dark.setSelected(prefs.dark());
        dark.selectedProperty().addListener((o, a, on) -> main.setDark(on));
        CheckMenuItem arrows = new CheckMenuItem("Causal Arrows on Timeline");
        arrows.setId("timelineArrows");
        arrows.selectedProperty().bindBidirectional(app.model().timelineArrows);
        Menu view = new Menu("View", null,
                item("Zoom In (+)", "fth-zoom-in", () -> timeline.zoom(0.5)),
                item("Zoom Out (−)", "fth-zoom-out", () -> timeline.zoom(2)),
                item("Whole Log", "fth-maximize", () -> {
                    OpenLog log = app.model().log.get();
                    if (log != null) timeline.viewport().reset(log.scale());
                }),
                new SeparatorMenuItem(), arrows, dark);
        bar.getMenus().addAll(file, go, view);
    }

    MenuBar bar() {
        return bar;
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem m = new MenuItem(text, icon == null ? null : Icons.of(icon));
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : prefs.recent()) recent.getItems().add(item(p.toString(), null, () -> main.open(p)));
        recent.setDisable(recent.getItems().isEmpty());
    }

    void chooseLog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a log");
        Path folder = prefs.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) chooser.setInitialDirectory(folder.toFile());
        File f = chooser.showOpenDialog(main.stage());
        if (f == null) return;
        try {
            prefs.setLastFolder(f.toPath().getParent());
        } catch (InvalidPathException e) {
            // A name this locale cannot encode: opening it says so.
        }
        main.open(f);
    }

    private File chooseOutput(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        Path folder = prefs.lastFolder();
        if (folder != null && folder.toFile().isDirectory()) chooser.setInitialDirectory(folder.toFile());
        return chooser.showSaveDialog(main.stage());
    }

    private void exportState() {
        OpenLog log = app.model().log.get();
        CursorView v = app.model().cursor.get();
        if (log == null || v == null) return;
        File out = chooseOutput("Export the state at #" + v.offset(), "state-" + v.offset() + ".json");
        if (out == null) return;
        long k = v.offset();
        app.background().run(() -> {
            Exporter.state(log.session(), k, out.toPath());
            return out;
        }, f -> app.model().status.set("Wrote the state at #" + k + " to " + f));
    }

    private void exportEvents() {
        OpenLog log = app.model().log.get();
        if (log == null) return;
        File out = chooseOutput("Export the events in view", "events.jsonl");
        if (out == null) return;
        long from = timeline.viewport().from();
        long to = timeline.viewport().to();
        app.background().run(() -> Exporter.eventsBetween(log.session(), from, to, log.count(), out.toPath()),
                n -> app.model().status.set("Wrote " + n + " events to " + out));
    }
}
