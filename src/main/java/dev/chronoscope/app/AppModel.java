package dev.chronoscope.app;

import dev.chronoscope.engine.LogSession;
import dev.chronoscope.event.Event;
import dev.chronoscope.query.Filter;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The window's shared state, read and written on the FX thread only. Views observe it; commands
 * ({@link AppController}) change it. Offsets follow the engine: -1 is "before the first event".
 */
final class AppModel {
    /** The open log, or null. Replaced only when a new log has opened successfully. */
    final ObjectProperty<OpenLog> log = new SimpleObjectProperty<>();

    /** Where the user asked the cursor to go (moves at once). */
    final LongProperty requestedOffset = new SimpleLongProperty(-1);
    /** What the cursor thread delivered for the newest request. */
    final ObjectProperty<CursorView> cursor = new SimpleObjectProperty<>();
    /** The timeline position the cursor line is drawn at while the user drags it, before the seek answers. */
    final ObjectProperty<Long> dragPosition = new SimpleObjectProperty<>();

    final ObjectProperty<Event> selected = new SimpleObjectProperty<>();

    final ObjectProperty<Filter> filter = new SimpleObjectProperty<>();
    final StringProperty filterError = new SimpleStringProperty("");
    /** Matching offsets for the filter (ascending, possibly capped), or null without a filter. */
    final ObjectProperty<long[]> matches = new SimpleObjectProperty<>();

    /** Diff markers A and B: offset and timeline position, or null. */
    final ObjectProperty<Marker> markerA = new SimpleObjectProperty<>();
    final ObjectProperty<Marker> markerB = new SimpleObjectProperty<>();
    /** Bookmarks: offset → timeline position. */
    final ObservableMap<Long, Long> bookmarks = FXCollections.observableMap(new TreeMap<>());

    final StringProperty status = new SimpleStringProperty("");

    /** How many hops of causes and effects the slice follows; 0 follows them all. */
    final IntegerProperty sliceDepth = new SimpleIntegerProperty(CausalSlice.DEFAULT_DEPTH);
    /** The cursor event's causal slice at sliceDepth, or null (no log, or still loading). */
    final ObjectProperty<CausalSlice> slice = new SimpleObjectProperty<>();
    /** The events table shows only the slice (and the cursor's event). */
    final BooleanProperty sliceOnly = new SimpleBooleanProperty();
    /** The timeline draws cross-lane causal edges once it shows single events. */
    final BooleanProperty timelineArrows = new SimpleBooleanProperty(true);
    /** The space-time diagram folds runs of local events into one node, as ShiViz does. */
    final BooleanProperty collapseRuns = new SimpleBooleanProperty(true);
    /**
     * Lane indexes in the order the user arranged them on the timeline, top to bottom; the space-time
     * diagram's columns follow it from left to right.
     */
    final ObjectProperty<java.util.List<Integer>> laneOrder = new SimpleObjectProperty<>(java.util.List.of());
    /** What the causal analysis found in the open log (deadlocks...), in offset order. */
    final ObservableList<FindingMark> findings = FXCollections.observableArrayList();

    /** A marked offset with its timeline position, so the timeline can draw it without asking the store. */
    record Marker(long offset, long position) {}

    long eventCount() {
        OpenLog l = log.get();
        return l == null ? 0 : l.count();
    }

    LogSession session() {
        OpenLog l = log.get();
        return l == null ? null : l.session();
    }
}
