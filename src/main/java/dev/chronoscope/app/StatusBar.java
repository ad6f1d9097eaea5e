package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Offset / total, the cursor's time, the log's format and cache state (and that the timeline counts
 * events when the log has too few times), and the last message.
 */
final class StatusBar {
    private final AppModel model;
    private final HBox root = new HBox(16);
    private final Label offset = new Label("No log open");
    private final Label time = new Label();
    private final Label log = new Label();
    private final Label message = new Label();

    StatusBar(AppModel model) {
        this.model = model;
        offset.setId("statusOffset");
        time.setId("statusTime");
        log.setId("statusLog");
        message.setId("statusMessage");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        root.getChildren().addAll(offset, time, message, grow, log);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 8, 3, 8));
        root.getStyleClass().add("status-bar");
        model.cursor.addListener(o -> update());
        model.log.addListener(o -> update());
        message.textProperty().bind(model.status);
    }

    HBox view() {
        return root;
    }

    private static String timedShare(OpenLog l) {
        return l.minTime() == Event.NO_TIME ? "no event has a time" : "most events have no time";
    }

    private void update() {
        OpenLog l = model.log.get();
        CursorView v = model.cursor.get();
        if (l == null) {
            offset.setText("No log open");
            time.setText("");
            log.setText("");
            return;
        }
        offset.setText(l.count() == 0 ? "no events" : String.format("offset %,d / %,d", v == null ? -1 : v.offset(), l.count()));
        boolean none = v == null || v.offset() < 0 || l.count() == 0;
        String at;
        if (none) at = "—";
        else if (v.time() != Event.NO_TIME) at = TimeFormat.since(v.time(), l.minTime());
        else at = l.scale().byOffset() ? "—" : TimeFormat.placed(v.position(), l.minTime());
        time.setText(v == null ? "" : "time " + at);
        var s = l.summary();
        log.setText(s.format() + (s.profile() == null ? "" : " · " + s.profile()) + " · cache " + s.cache()
                + (s.errors() > 0 ? " · " + s.errors() + " bad records" : "")
                + (s.sortedByTime() ? " · sorted by time at ingest" : "")
                + (l.scale().byOffset() ? " · timeline by event order (" + timedShare(l) + ")" : ""));
    }
}
