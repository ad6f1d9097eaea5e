package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The events table over {@link EventRowList}: marks and reveals the cursor's row (with a filter, the
 * last match at or before the cursor) and moves the cursor to a row the user clicks. The cursor row
 * is a pseudo-class on the visible rows rather than a selection: the selection model reacts to
 * every change of a window of thousands of rows, which a drag-scrub cannot afford once per frame.
 * A cursor move restyles only the row that loses the mark and the row that gains it, and the mark's
 * style leaves the row's size alone, so that a step does not make the table lay its rows out again.
 */
final class EventsTable {
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("sev-warn");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("sev-error");
    private final AppController app;
    private final AppModel model;
    private final TableView<EventRow> table = new TableView<>();
    private final EventRowList rows;
    /**
     * The row cells the table made (a few dozen, reused as it scrolls), so that a move needs no
     * scene lookup; weakly held, as the table throws all its rows away when its columns change.
     */
    private final Set<Row> rowCells = Collections.newSetFromMap(new WeakHashMap<>());
    private VirtualFlow<?> flow;
    private boolean following;
    private long cursorFull = -1;

    EventsTable(AppController app) {
        this.app = app;
        this.model = app.model();
        rows = new EventRowList(app.background(), this::rereadVisibleRows);
        table.setId("eventsTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setItems(rows);
        table.setFixedCellSize(24);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Offset", 70, r -> Long.toString(r.offset())));
        table.getColumns().add(column("Time", 100, r -> r.event() == null ? "" : time(r.event())));
        table.getColumns().add(column("Lane", 90, r -> r.event() == null ? "" : r.event().lane()));
        table.getColumns().add(column("Type", 130, r -> r.event() == null ? "" : r.event().type()));
        table.getColumns().add(column("Severity", 84, r -> r.event() == null ? "" : r.event().severity().name()));
        table.getColumns().add(column("Summary", 420, EventRow::summary));
        table.setRowFactory(t -> {
            Row row = new Row();
            rowCells.add(row);
            return row;
        });
        model.log.addListener((o, a, log) -> rows.reset(log == null ? null : log.session(), model.eventCount(), null));
        model.matches.addListener(o -> showRows());
        model.sliceOnly.addListener(o -> showRows());
        model.slice.addListener(o -> {
            if (model.sliceOnly.get()) showRows();
        });
        CheckMenuItem only = new CheckMenuItem("Only this slice");
        only.selectedProperty().bindBidirectional(model.sliceOnly);
        table.setContextMenu(new ContextMenu(only));
        model.cursor.addListener((o, a, v) -> follow(v));
        model.requestedOffset.addListener((o, a, k) -> prefetch(k.longValue()));
        table.skinProperty().addListener((o, a, skin) -> {
            flow = table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
            if (flow != null) flow.positionProperty().addListener((p, was, now) -> slideAtEdges(now.doubleValue()));
        });
    }

    /** A row styled by severity and by whether it is the cursor's; a click moves the cursor to it. */
    private final class Row extends TableRow<EventRow> {
        Row() {
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) app.moveTo(getItem().offset());
                e.consume();
            });
        }

        @Override
        protected void updateItem(EventRow row, boolean empty) {
            super.updateItem(row, empty);
            // Pseudo-classes, not style classes: a change restyles the row without re-matching selectors.
            var sev = empty || row == null || row.event() == null ? null : row.event().severity();
            pseudoClassStateChanged(WARN, sev == Severity.WARN);
            pseudoClassStateChanged(ERROR, sev != null && sev.compareTo(Severity.ERROR) >= 0);
            markCursor();
        }

        void markCursor() {
            pseudoClassStateChanged(CURSOR, !isEmpty() && getIndex() >= 0 && rows.base() + getIndex() == cursorFull);
        }
    }

    /** All events, the filter's matches, or — with "Only this slice" — the slice within them. */
    private void showRows() {
        long[] shown = model.matches.get();
        CausalSlice slice = model.slice.get();
        if (model.sliceOnly.get() && slice != null) shown = intersect(slice.offsetsWithSelf(), shown);
        rows.reset(model.session(), model.eventCount(), shown);
        follow(model.cursor.get());
    }

    /** The sorted offsets of a that also lie in the sorted b (all of a when b is null). */
    static long[] intersect(long[] a, long[] b) {
        if (b == null) return a;
        long[] out = new long[Math.min(a.length, b.length)];
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                out[n++] = a[i];
                i++;
                j++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    TableView<EventRow> view() {
        return table;
    }

    private String time(Event e) {
        OpenLog log = model.log.get();
        return e.hasTime() && log != null ? TimeFormat.relative(e.time() - log.minTime()) : "";
    }

    private void follow(CursorView v) {
        if (v == null || rows.fullSize() == 0) return;
        long full = rows.fullIndexOf(v.offset());
        cursorFull = full;
        following = true;
        try {
            if (full >= 0 && !(rows.comfortablyInside(full) && visible((int) (full - rows.base())))) {
                IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
                // The cursor's row fourth from the top, by moving the window under a table that stays put.
                boolean placed = first != null && rows.placeAt(full, first.getIndex() + 3)
                        && visible((int) (full - rows.base()));
                if (!placed) {
                    boolean moved = !rows.comfortablyInside(full) && rows.recentre(full);
                    int index = (int) (full - rows.base());
                    if (moved || !visible(index)) table.scrollTo(Math.max(0, index - 3));
                }
            }
            markVisibleRows();
        } finally {
            following = false;
        }
    }

    /**
     * Fetches the rows the table will show once the cursor reaches offset, while the cursor thread
     * seeks: the first frame then shows the events instead of placeholders that a second pass over
     * every row fills in.
     */
    private void prefetch(long offset) {
        if (offset < 0 || rows.fullSize() == 0) return;
        long full = rows.fullIndexOf(offset);
        int shown = (int) Math.ceil(table.getHeight() / table.getFixedCellSize()) + 1;
        // The rows around the cursor as follow() shows them: the cursor's row fourth from the top.
        rows.prefetch(full - 3, full - 3 + shown);
    }

    /**
     * A page arrived: the rows on screen read their items again, in place. TableView.refresh would
     * throw every row and cell away and make new ones, each styled from scratch.
     */
    private void rereadVisibleRows() {
        for (Row row : rowCells) {
            if (!row.isEmpty() && row.getParent() != null) row.updateIndex(row.getIndex());
        }
    }

    /** Only the rows whose mark changes are restyled: a pseudo-class set again to what it was costs nothing. */
    private void markVisibleRows() {
        for (Row row : rowCells) row.markCursor();
    }

    /** The row marked as the cursor's, as the user sees it, or null when none is on screen. */
    EventRow cursorRow() {
        for (Row row : rowCells) {
            if (row.getParent() != null && row.isVisible() && row.getPseudoClassStates().contains(CURSOR)) return row.getItem();
        }
        return null;
    }

    /** Scrolling to an edge of the window moves the window on, keeping the same rows in view. */
    private void slideAtEdges(double position) {
        if (following || rows.fullSize() <= EventRowList.WINDOW || flow == null) return;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first == null) return;
        long topFull = rows.base() + first.getIndex();
        boolean atTop = position <= 0.02 && rows.base() > 0;
        boolean atBottom = position >= 0.98 && rows.base() + rows.size() < rows.fullSize();
        if (!atTop && !atBottom) return;
        following = true;
        try {
            rows.recentre(topFull);
            table.scrollTo((int) (topFull - rows.base()));
        } finally {
            following = false;
        }
    }

    private boolean visible(int index) {
        if (flow == null) return false;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
    }

    private static TableColumn<EventRow, String> column(String name, double width, Function<EventRow, String> text) {
        TableColumn<EventRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : text.apply(f.getValue())));
        return c;
    }
}
