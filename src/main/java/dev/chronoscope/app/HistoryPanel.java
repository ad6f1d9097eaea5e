package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.replay.OffsetChange;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * "History of this value": every change of one path (or below it) with its offset; double-click
 * jumps there, and the buttons move the cursor to the previous / next change from where it is.
 */
final class HistoryPanel {
    private final AppController app;
    private final AppModel model;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label("Choose “History of this value” on a state row");
    private final ListView<OffsetChange> list = new ListView<>();
    private final Button previous = new Button("Previous change");
    private final Button next = new Button("Next change");
    private String path;

    HistoryPanel(AppController app) {
        this.app = app;
        this.model = app.model();
        title.setId("historyTitle");
        list.setId("historyList");
        previous.setId("previousChange");
        next.setId("nextChange");
        previous.setGraphic(Icons.of("fth-chevron-left"));
        next.setGraphic(Icons.of("fth-chevron-right"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(OffsetChange c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : "#" + c.offset() + "  " + shortPath(c.path()) + "  "
                        + show(c.before()) + " → " + show(c.after()));
            }
        });
        list.setOnMouseClicked(e -> {
            OffsetChange c = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && c != null) app.moveTo(c.offset());
        });
        list.setOnKeyPressed(e -> {
            OffsetChange c = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && c != null) app.moveTo(c.offset());
        });
        previous.setOnAction(e -> step(false));
        next.setOnAction(e -> step(true));
        previous.setDisable(true);
        next.setDisable(true);
        HBox bar = new HBox(8, previous, next, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        root.setTop(bar);
        root.setCenter(list);
        model.log.addListener((o, a, b) -> {
            path = null;
            list.getItems().clear();
            previous.setDisable(true);
            next.setDisable(true);
        });
    }

    BorderPane view() {
        return root;
    }

    void show(String path) {
        LogSession session = model.session();
        if (session == null) return;
        this.path = path;
        title.setText("History of " + (path.isEmpty() ? "the whole state" : path) + " — loading…");
        long last = model.eventCount() - 1;
        app.background().run(() -> session.history(path, 0, last), (List<OffsetChange> changes) -> {
            if (!path.equals(this.path)) return;
            list.getItems().setAll(changes);
            title.setText("History of " + path + ": " + changes.size() + " changes");
            previous.setDisable(false);
            next.setDisable(false);
        });
    }

    private String shortPath(String p) {
        return p.equals(path) ? "" : p;
    }

    private void step(boolean forward) {
        LogSession session = model.session();
        CursorView v = model.cursor.get();
        if (session == null || v == null || path == null) return;
        String p = path;
        long at = v.offset();
        app.background().run(() -> forward ? session.nextChange(p, at) : session.previousChange(p, at), k -> {
            if (k < 0) model.status.set("No " + (forward ? "later" : "earlier") + " change of " + p);
            else app.moveTo(k);
        });
    }

    private static String show(com.fasterxml.jackson.databind.JsonNode v) {
        return v == null ? "∅" : StateNode.text(v);
    }
}
