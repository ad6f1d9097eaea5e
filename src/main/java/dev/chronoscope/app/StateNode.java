package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the state tree: a branch (value null) or a leaf, with how the cursor's event changed
 * it (kind null when it did not). A removed leaf is still listed, showing what it was.
 *
 * <p>A node lives as long as its tree item. A cursor move {@link #show shows} the new value and
 * change in place, through properties the cells observe: only the cells whose text changed are
 * updated, where a new node would make the tree rebuild every visible row.
 */
final class StateNode {
    private final String name;
    private final String path;
    private final boolean leaf;
    private final ReadOnlyStringWrapper nameText;
    private final ReadOnlyStringWrapper valueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Change.Kind> kind = new ReadOnlyObjectWrapper<>();
    private JsonNode value;
    private JsonNode before;

    static final String EMPTY_NAME = "\"\" (empty key)";

    StateNode(String name, String path, boolean leaf) {
        this.name = name;
        this.path = path;
        this.leaf = leaf;
        // An empty key (a rule's ${$lane} on an event without a lane) would be a blank row.
        this.nameText = new ReadOnlyStringWrapper(name.isEmpty() ? EMPTY_NAME : JsonText.shown(name));
    }

    static StateNode branch(String name, String path) {
        return new StateNode(name, path, false);
    }

    static StateNode leaf(String name, String path, JsonNode value, Change.Kind kind, JsonNode before) {
        StateNode n = new StateNode(name, path, true);
        n.show(value, kind, before);
        return n;
    }

    /** Shows a leaf's value and change at the new position; the texts are set only when they differ. */
    void show(JsonNode newValue, Change.Kind newKind, JsonNode newBefore) {
        if (!leaf) return;
        boolean valueSame = Objects.equals(value, newValue);
        boolean changeSame = newKind == kind.get() && Objects.equals(before, newBefore);
        value = newValue;
        before = newBefore;
        if (!valueSame) valueText.set(text(newValue));
        if (!changeSame) {
            kind.set(newKind);
            changeText.set(changeText(newKind, newBefore));
        }
    }

    String name() {
        return name;
    }

    String path() {
        return path;
    }

    boolean leaf() {
        return leaf;
    }

    JsonNode value() {
        return value;
    }

    Change.Kind kind() {
        return kind.get();
    }

    String valueText() {
        return valueText.get();
    }

    /** What the cursor's event did to this leaf: "added", "was 41", "removed (was x)", or "". */
    String changeText() {
        return changeText.get();
    }

    ReadOnlyStringProperty nameTextProperty() {
        return nameText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty valueTextProperty() {
        return valueText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Change.Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    private static String changeText(Change.Kind kind, JsonNode before) {
        if (kind == null) return "";
        return switch (kind) {
            case ADDED -> "added";
            case CHANGED -> "was " + text(before);
            case REMOVED -> "removed (was " + text(before) + ")";
        };
    }

    static String text(JsonNode v) {
        return JsonText.shown(JsonText.of(v));
    }

    @Override
    public String toString() {
        return path;
    }
}
