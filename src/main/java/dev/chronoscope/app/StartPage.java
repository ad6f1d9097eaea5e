package dev.chronoscope.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown while no log is open: the bundled samples and the recently opened logs, one click each. */
final class StartPage {
    private final VBox root = new VBox(6);

    StartPage(AppPrefs prefs, Consumer<Path> open) {
        root.setId("startPage");
        root.setPadding(new Insets(32));
        root.setAlignment(Pos.TOP_LEFT);
        root.getStyleClass().add("start-page");
        Label title = new Label("Chronoscope");
        title.getStyleClass().add("title-1");
        root.getChildren().addAll(title, new Label("Open a log with File › Open (Ctrl+O) or drop a file or folder here."));
        List<Path> samples = samples();
        if (!samples.isEmpty()) root.getChildren().add(heading("Samples"));
        for (Path p : samples) root.getChildren().add(link(p, open));
        List<Path> recent = prefs.recent();
        if (!recent.isEmpty()) root.getChildren().add(heading("Recent"));
        for (Path p : recent) root.getChildren().add(link(p, open));
    }

    VBox view() {
        return root;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(12, 0, 0, 0));
        return l;
    }

    private static Hyperlink link(Path p, Consumer<Path> open) {
        Hyperlink h = new Hyperlink(p.toString());
        h.setOnAction(e -> open.accept(p));
        return h;
    }

    static List<Path> samples() {
        List<Path> out = new ArrayList<>();
        Path dir = SampleLogs.folder();
        if (dir == null) return out;
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(out::add);
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
