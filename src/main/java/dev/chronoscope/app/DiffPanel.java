package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.replay.Change;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/** The net state difference between markers A and B (set with the A and Z keys), one row per leaf. */
final class DiffPanel {
    private final AppController app;
    private final AppModel model;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label("Press A and Z at two offsets to compare their states");
    private final ListView<Change> list = new ListView<>();
    private long generation;

    DiffPanel(AppController app) {
        this.app = app;
        this.model = app.model();
        title.setId("diffTitle");
        title.setPadding(new Insets(6));
        list.setId("diffList");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                for (Change.Kind k : Change.Kind.values()) {
                    pseudoClassStateChanged(StatePanel.KIND_STYLE[k.ordinal()], !empty && c != null && c.kind() == k);
                }
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(c.path() + ":  " + show(c.before()) + " → " + show(c.after()));
            }
        });
        root.setTop(title);
        root.setCenter(list);
        model.markerA.addListener(o -> refresh());
        model.markerB.addListener(o -> refresh());
        // The panel is made when its tab first shows, maybe after the markers were set.
        if (model.markerA.get() != null || model.markerB.get() != null) refresh();
    }

    BorderPane view() {
        return root;
    }

    private void refresh() {
        AppModel.Marker a = model.markerA.get();
        AppModel.Marker b = model.markerB.get();
        LogSession session = model.session();
        long gen = ++generation;
        list.getItems().clear();
        if (a == null || b == null || session == null) {
            title.setText("A = " + (a == null ? "—" : "#" + a.offset()) + ", B = " + (b == null ? "—" : "#" + b.offset())
                    + ": press A and Z at two offsets");
            return;
        }
        title.setText("Diff A #" + a.offset() + " → B #" + b.offset() + " — computing…");
        app.background().run(() -> session.diff(a.offset(), b.offset(), ""), (List<Change> changes) -> {
            if (gen != generation) return;
            list.getItems().setAll(changes);
            title.setText("Diff A #" + a.offset() + " → B #" + b.offset() + ": " + changes.size() + " leaves differ");
        });
    }

    private static String show(com.fasterxml.jackson.databind.JsonNode v) {
        return v == null ? "∅" : StateNode.text(v);
    }
}
