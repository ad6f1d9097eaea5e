package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The events table over {@link EventRowList}: offset, time, lane, type, severity and summary of
 * the rows in view, the cursor's row marked (with a filter, the last match at or before the
 * cursor) and kept in view; a click moves the cursor to a row, a drag on a header edge resizes
 * a column, Up and Down step between rows.
 *
 * <p>Why not a TableView: a virtual flow restyles every row whose item changes, and each row's
 * cells with it (CSS for some 150 nodes), so a jump that shows other rows cost about 3 ms of the
 * 16 a frame has. Here {@link EventsTablePainter} paints the header and the rows' backgrounds on a
 * canvas and puts the cells' texts in a fixed pool of unmanaged Text nodes: a move sets some texts,
 * which asks for no layout and restyles nothing, whatever changed (ADR 0005). This class keeps
 * the rows, the scroll position and the columns, and answers the mouse and the keys.
 */
final class EventsTable {
    private static final double MIN_WIDTH = 30;
    /** How near a header edge (in pixels) the mouse resizes a column. */
    private static final double GRIP = 4;

    private final AppController app;
    private final AppModel model;
    private final EventRowList rows;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private final EventsTablePainter painter = new EventsTablePainter(canvas);
    private final Region view = new Region() {
        {
            getChildren().addAll(canvas, painter.cellLayer(), vertical, horizontal);
        }

        @Override
        protected void layoutChildren() {
            layoutTable(getWidth(), getHeight());
        }
    };
    private static final double[] DEFAULT_WIDTHS = {70, 100, 90, 130, 84, 420};
    private final double[] widths = DEFAULT_WIDTHS.clone();
    private static final int TIME_COLUMN = 1;
    private static final int LANE_COLUMN = 2;
    /** A log whose times span ages, or with one very long lane name, must not push the table aside. */
    private static final double MAX_FITTED_WIDTH = 200;
    /** Columns whose edge the user dragged: from then on their width stays. */
    private final boolean[] widthChosen = new boolean[DEFAULT_WIDTHS.length];
    private final ContextMenu menu;
    /** The theme: set by the window with the rest of its views. */
    final BooleanProperty dark = new SimpleBooleanProperty();
    /** The first row in view. */
    private long top;
    private long markedRow = -1;
    private boolean paintScheduled;
    private boolean settingScroll;
    private int resizing = -1;
    private double resizeFromX;
    private double resizeFromWidth;
    private double laidOutWidth = -1, laidOutHeight = -1;

    EventsTable(AppController app) {
        this.app = app;
        this.model = app.model();
        rows = new EventRowList(app.background(), this::repaint);
        view.setId("eventsTable");
        view.getStyleClass().add("events-table");
        view.setMinSize(0, 0);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.valueProperty().addListener((o, a, v) -> {
            if (settingScroll) return;
            top = Math.round(v.doubleValue());
            repaint();
        });
        horizontal.valueProperty().addListener(o -> repaint());
        canvas.setFocusTraversable(true);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e ->
                canvas.setCursor(e.getY() < EventsTablePainter.HEADER_HEIGHT && columnEdgeAt(e.getX()) >= 0 ? Cursor.H_RESIZE : Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> resizing = -1);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        CheckMenuItem only = new CheckMenuItem("Only this slice");
        only.selectedProperty().bindBidirectional(model.sliceOnly);
        menu = new ContextMenu(only);
        model.log.addListener((o, a, log) -> {
            fitColumns(log);
            rows.reset(log == null ? null : log.session(), model.eventCount(), null);
            top = 0;
            follow(model.cursor.get());
        });
        model.matches.addListener(o -> showRows());
        model.sliceOnly.addListener(o -> showRows());
        model.slice.addListener(o -> {
            if (model.sliceOnly.get()) showRows();
        });
        model.cursor.addListener((o, a, v) -> follow(v));
        model.requestedOffset.addListener((o, a, k) -> prefetch(k.longValue()));
        dark.addListener(o -> repaint());
    }

    Region view() {
        return view;
    }

    /**
     * Widens the time and lane columns to the longest time (the log's span, a clock reading from a
     * minute on, with room for the mark of a placed time) and the longest lane name this log shows, so neither is cut off; never narrower
     * than the default, nor wider than {@link #MAX_FITTED_WIDTH}.
     */
    private void fitColumns(OpenLog log) {
        if (log == null) return;
        // On a time axis an event without a time shows the time it is drawn at, marked "≈ ".
        String mark = log.scale().byOffset() ? "" : TimeFormat.PLACED;
        String widest = "";
        for (String t : longestTimes(log)) if (painter.columnWidthFor(mark + t) > painter.columnWidthFor(widest)) widest = mark + t;
        fit(TIME_COLUMN, widest);
        String longestLane = "";
        for (String lane : log.shownLanes()) if (lane.length() > longestLane.length()) longestLane = lane;
        fit(LANE_COLUMN, longestLane);
        view.requestLayout();
    }

    /**
     * The candidates for the longest time the table shows: the last one, and below it the widest
     * readings of each unit it passes through ("999.999 µs" is wider than "1.2 ms").
     */
    private static List<String> longestTimes(OpenLog log) {
        long last = log.summary().lastTime();
        if (last == Event.NO_TIME) return List.of("");
        List<String> out = new ArrayList<>(List.of(TimeFormat.since(last, log.minTime())));
        long span = last - log.minTime();
        for (long widest : new long[] {999, 999_999, 999_999_999, 59_999_999_000L}) {
            if (span >= 0 && span > widest) out.add(TimeFormat.relative(widest));
        }
        return out;
    }

    private void fit(int column, String widest) {
        if (widthChosen[column]) return;
        double needed = painter.columnWidthFor(widest);
        widths[column] = Math.max(DEFAULT_WIDTHS[column], Math.min(MAX_FITTED_WIDTH, needed));
    }

    /** All events, the filter's matches, or — with "Only this slice" — the slice within them. */
    private void showRows() {
        long[] shown = model.matches.get();
        CausalSlice slice = model.slice.get();
        if (model.sliceOnly.get() && slice != null) shown = intersect(slice.offsetsWithSelf(), shown);
        rows.reset(model.session(), model.eventCount(), shown);
        top = 0;
        follow(model.cursor.get());
        repaint();
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

    /** Marks the cursor's row and scrolls it into view (fourth from the top) when it is not. */
    private void follow(CursorView v) {
        markedRow = v == null || rows.size() == 0 ? -1 : rows.rowOf(v.offset());
        if (markedRow >= 0 && (markedRow <= top || markedRow >= top + fullRowsInView() - 1)) {
            scrollTo(markedRow - 3);
        }
        repaint();
    }

    /**
     * Fetches the rows the table will show once the cursor reaches offset, while the cursor thread
     * seeks: the first frame then shows the events instead of placeholders.
     */
    private void prefetch(long offset) {
        if (offset < 0 || rows.size() == 0) return;
        long row = rows.rowOf(offset);
        rows.prefetch(row - 3, row - 3 + rowsInView());
    }

    private void scrollTo(long row) {
        top = Math.max(0, Math.min(row, rows.size() - fullRowsInView()));
        settingScroll = true;
        try {
            updateScrollBars();
        } finally {
            settingScroll = false;
        }
        repaint();
    }

    private int rowsInView() {
        return (int) Math.ceil(Math.max(0, canvas.getHeight() - EventsTablePainter.HEADER_HEIGHT) / EventsTablePainter.ROW_HEIGHT);
    }

    private int fullRowsInView() {
        return Math.max(1, (int) Math.floor(Math.max(0, canvas.getHeight() - EventsTablePainter.HEADER_HEIGHT) / EventsTablePainter.ROW_HEIGHT));
    }

    private double columnsWidth() {
        double w = 0;
        for (double c : widths) w += c;
        return w;
    }

    private void layoutTable(double w, double h) {
        boolean resized = w != laidOutWidth || h != laidOutHeight;
        laidOutWidth = w;
        laidOutHeight = h;
        double bar = vertical.prefWidth(-1);
        boolean wide = columnsWidth() > w - bar;
        double hbar = wide ? horizontal.prefHeight(-1) : 0;
        horizontal.setVisible(wide);
        canvas.setWidth(Math.max(0, w - bar));
        canvas.setHeight(Math.max(0, h - hbar));
        painter.cellLayer().setLayoutX(0);
        painter.cellLayer().setLayoutY(0);
        vertical.resizeRelocate(w - bar, 0, bar, Math.max(0, h - hbar));
        horizontal.resizeRelocate(0, h - hbar, Math.max(0, w - bar), hbar);
        settingScroll = true;
        try {
            updateScrollBars();
        } finally {
            settingScroll = false;
        }
        // A scroll bar's thumb moving lays the table out again: only a new size brings the cursor's
        // row back into view (the user may have scrolled away from it) and needs a new paint.
        if (resized && markedRow >= 0 && (markedRow < top || markedRow >= top + fullRowsInView())) scrollTo(markedRow - 3);
        if (resized) repaint();
    }

    private void updateScrollBars() {
        long max = Math.max(0, rows.size() - fullRowsInView());
        top = Math.max(0, Math.min(top, max));
        vertical.setMin(0);
        vertical.setMax(max);
        vertical.setVisibleAmount(Math.max(1, Math.min(max, fullRowsInView())));
        vertical.setUnitIncrement(1);
        vertical.setBlockIncrement(Math.max(1, fullRowsInView() - 1));
        vertical.setValue(top);
        double hmax = Math.max(0, columnsWidth() - canvas.getWidth());
        horizontal.setMax(hmax);
        horizontal.setVisibleAmount(Math.min(hmax, canvas.getWidth()));
        if (horizontal.getValue() > hmax) horizontal.setValue(hmax);
    }

    /** Schedules one paint for the next pulse, however many changes arrive before it. */
    private void repaint() {
        if (paintScheduled) return;
        paintScheduled = true;
        Platform.runLater(() -> {
            paintScheduled = false;
            painter.paint(new EventsTablePainter.Frame(rows, top, rowsInView(), markedRow, widths,
                    horizontal.getValue(), dark.get(), model.log.get()));
        });
    }

    /** The column whose right edge lies within a few pixels of x (in the header), or -1. */
    private int columnEdgeAt(double x) {
        double edge = -horizontal.getValue();
        for (int c = 0; c < widths.length; c++) {
            edge += widths[c];
            if (Math.abs(x - edge) <= GRIP) return c;
        }
        return -1;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getY() < EventsTablePainter.HEADER_HEIGHT) {
            resizing = e.getButton() == MouseButton.PRIMARY ? columnEdgeAt(e.getX()) : -1;
            resizeFromX = e.getX();
            if (resizing >= 0) resizeFromWidth = widths[resizing];
            if (resizing >= 0) widthChosen[resizing] = true;
            return;
        }
        long row = rowAt(e.getY());
        if (e.getButton() == MouseButton.SECONDARY) {
            menu.show(canvas, e.getScreenX(), e.getScreenY());
        } else if (e.getButton() == MouseButton.PRIMARY && row >= 0) {
            menu.hide();
            app.moveTo(rows.offsetAt(row));
        }
    }

    private void dragged(MouseEvent e) {
        if (resizing < 0) return;
        widths[resizing] = Math.max(MIN_WIDTH, resizeFromWidth + e.getX() - resizeFromX);
        view.requestLayout();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            long rowsBy = Math.round(-e.getDeltaY() / EventsTablePainter.ROW_HEIGHT);
            if (rowsBy == 0) rowsBy = e.getDeltaY() > 0 ? -1 : 1;
            scrollTo(top + rowsBy);
        }
        if (e.getDeltaX() != 0) horizontal.setValue(Math.max(0, Math.min(horizontal.getMax(), horizontal.getValue() - e.getDeltaX())));
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        long to = switch (e.getCode()) {
            case UP, KP_UP -> markedRow - 1;
            case DOWN, KP_DOWN -> markedRow + 1;
            case PAGE_UP -> markedRow - fullRowsInView();
            case PAGE_DOWN -> markedRow + fullRowsInView();
            default -> -2;
        };
        if (to == -2 || rows.size() == 0) return;
        app.moveTo(rows.offsetAt(Math.max(0, Math.min(rows.size() - 1, to))));
        e.consume();
    }

    /** The row drawn at y in the canvas, or -1 where no row is. */
    private long rowAt(double y) {
        if (y < EventsTablePainter.HEADER_HEIGHT) return -1;
        long row = top + (long) ((y - EventsTablePainter.HEADER_HEIGHT) / EventsTablePainter.ROW_HEIGHT);
        return row < rows.size() ? row : -1;
    }

    /** Rows in the table (the log's events, or the matches shown). */
    long rowCount() {
        return rows.size();
    }

    /** The offsets of all rows, for tests of small logs. */
    List<Long> offsets() {
        List<Long> out = new ArrayList<>();
        for (long r = 0; r < rows.size(); r++) out.add(rows.offsetAt(r));
        return out;
    }

    /** The offsets of the rows in view, top to bottom (what the table shows). */
    List<Long> offsetsInView() {
        List<Long> out = new ArrayList<>();
        for (long r = top; r < Math.min(rows.size(), top + rowsInView()); r++) out.add(rows.offsetAt(r));
        return out;
    }

    /** A column's width in pixels, by its title. */
    double columnWidth(String title) {
        return widths[java.util.Arrays.asList(EventsTablePainter.TITLES).indexOf(title)];
    }

    /** The screen point of the right edge of a column's header, where a drag resizes it (for tests). */
    Point2D headerEdgeOf(String title) {
        double x = -horizontal.getValue();
        for (int c = 0; c <= java.util.Arrays.asList(EventsTablePainter.TITLES).indexOf(title); c++) x += widths[c];
        return canvas.localToScreen(x - 1, EventsTablePainter.HEADER_HEIGHT / 2);
    }

    /** The row marked as the cursor's when it is in view, else null. */
    EventRow cursorRow() {
        if (markedRow < top || markedRow >= top + rowsInView() || markedRow >= rows.size()) return null;
        return rows.get(markedRow);
    }

    /** The screen point in the middle of the offset's row when it is in view (for tests), else null. */
    Point2D screenPointOf(long offset) {
        long row = rows.rowOf(offset);
        if (row < top || row >= top + rowsInView() || rows.offsetAt(row) != offset) return null;
        return canvas.localToScreen(widths[0] / 2, EventsTablePainter.HEADER_HEIGHT + (row - top) * EventsTablePainter.ROW_HEIGHT + EventsTablePainter.ROW_HEIGHT / 2);
    }
}
