package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.chronoscope.event.Event;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The selected event: its envelope, its record as a JSON tree, and "Copy as JSON". */
final class InspectorPanel {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Characters of a lane, type or id the envelope shows at most. */
    static final int ENVELOPE_FIELD = 48;

    private final AppModel model;
    private final BorderPane root = new BorderPane();
    private final Label envelope = new Label("No event selected");
    private final Label links = new Label();
    /** One line per field; a line is a property its cell shows, so a move sets the texts that changed in place. */
    private final TreeView<StringProperty> record = new TreeView<>();
    private final Button copy = new Button("Copy as JSON");

    InspectorPanel(AppModel model) {
        this.model = model;
        envelope.setId("inspectorEnvelope");
        envelope.setWrapText(true);
        links.setId("inspectorLinks");
        record.setId("inspectorRecord");
        record.setCellFactory(t -> new LineCell());
        copy.setId("copyJson");
        copy.setGraphic(Icons.of("fth-copy"));
        copy.setOnAction(e -> copy());
        HBox bar = new HBox(8, new Label("Inspector"), copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, envelope, links);
        top.setPadding(new Insets(6));
        root.setTop(top);
        root.setCenter(record);
        model.selected.addListener((o, a, e) -> show(e));
    }

    BorderPane view() {
        return root;
    }

    private void show(Event e) {
        copy.setDisable(e == null);
        if (e == null) {
            envelope.setText("No event selected");
            links.setText("");
            record.setRoot(null);
            return;
        }
        OpenLog log = model.log.get();
        String time = e.hasTime() && log != null
                ? TimeFormat.since(e.time(), log.minTime())
                        + TimeFormat.wallClock(e.time()).map(w -> " (" + w + ")").orElse("")
                : placedTime(e, log);
        String lane = log == null ? JsonText.shown(e.lane()) : log.laneLabel(e.lane());
        envelope.setText("#" + e.offset() + " · " + time + " · lane " + brief(lane) + " · " + brief(JsonText.shown(e.type()))
                + " · " + e.severity() + (e.id() == null ? "" : " · id " + brief(JsonText.shown(e.id())))
                + (e.hasDuration() ? " · duration " + TimeFormat.relative(e.duration()) : "")
                + (e.line() > 0 ? " · source line " + e.line() : ""));
        links.setText(e.links().isEmpty() ? "" : "Links: " + e.links().stream()
                .map(l -> l.kind() + " → " + l.ref()).collect(Collectors.joining(", ")));
        TreeItem<StringProperty> r = record.getRoot();
        if (r == null) {
            r = line();
            fill(r, "record", e.record());
            record.setRoot(r);
        } else {
            fill(r, "record", e.record());
        }
    }

    /**
     * An event without a time, on a time axis: where the timeline draws it, said as such ("≈ 12 µs,
     * no time of its own"); the cursor's view knows that place. "—" on an offset axis.
     */
    private String placedTime(Event e, OpenLog log) {
        CursorView v = model.cursor.get();
        if (log == null || log.scale().byOffset() || v == null || v.offset() != e.offset()) return "—";
        return TimeFormat.placed(v.position(), log.minTime()) + ", no time of its own";
    }

    /**
     * A field of the envelope cut in the middle to {@link #ENVELOPE_FIELD} characters: one word too
     * long for the line (a 200-character lane name) was cut with an ellipsis and took the type,
     * severity and id after it out of view. The record below keeps every field whole.
     */
    static String brief(String field) {
        return FittedLabels.middleCut(field, ENVELOPE_FIELD);
    }

    /** A cell that shows its line's text as it changes. */
    private static final class LineCell extends TreeCell<StringProperty> {
        @Override
        protected void updateItem(StringProperty line, boolean empty) {
            super.updateItem(line, empty);
            textProperty().unbind();
            if (empty || line == null) setText(null);
            else textProperty().bind(line);
        }
    }

    private static TreeItem<StringProperty> line() {
        return new TreeItem<>(new SimpleStringProperty(""));
    }

    /**
     * Makes item show the value, reusing the items already there: events in a row mostly share a
     * shape, so a cursor move only changes the texts of a few leaves. The texts change inside the
     * lines, not as new item values, which would make the tree rebuild all its cells.
     */
    private static void fill(TreeItem<StringProperty> item, String name, JsonNode v) {
        ObservableList<TreeItem<StringProperty>> children = item.getChildren();
        if (v == null || v.isValueNode()) {
            setText(item, name + ": " + JsonText.of(v));
            if (!children.isEmpty()) children.clear();
            return;
        }
        setText(item, name + (v.isArray() ? " [" + v.size() + "]" : ""));
        int i = 0;
        if (v.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); i++) {
                Map.Entry<String, JsonNode> f = it.next();
                fill(child(children, i), f.getKey(), f.getValue());
            }
        } else {
            for (; i < v.size(); i++) fill(child(children, i), "[" + i + "]", v.get(i));
        }
        if (children.size() > i) children.remove(i, children.size());
        item.setExpanded(true);
    }

    private static TreeItem<StringProperty> child(List<TreeItem<StringProperty>> children, int i) {
        if (i < children.size()) return children.get(i);
        TreeItem<StringProperty> added = line();
        children.add(added);
        return added;
    }

    private static void setText(TreeItem<StringProperty> item, String text) {
        item.getValue().set(text);
    }

    private void copy() {
        Event e = model.selected.get();
        if (e == null) return;
        ClipboardContent c = new ClipboardContent();
        try {
            c.putString(JSON.writeValueAsString(e.record()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            c.putString(String.valueOf(e.record()));
        }
        Clipboard.getSystemClipboard().setContent(c);
        model.status.set("Copied event #" + e.offset() + " as JSON");
    }
}
