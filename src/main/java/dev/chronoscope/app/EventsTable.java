package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The events table over {@link EventRowList}: offset, time, lane, type, severity and summary of
 * the rows in view, the cursor's row marked (with a filter, the last match at or before the
 * cursor) and kept in view; a click moves the cursor to a row, a drag on a header edge resizes
 * a column, Up and Down step between rows.
 *
 * <p>Why not a TableView: a virtual flow restyles every row whose item changes, and each row's
 * cells with it (CSS for some 150 nodes), so a jump that shows other rows cost about 3 ms of the
 * 16 a frame has. Here a canvas paints the header and the rows' backgrounds, and a fixed pool of
 * unmanaged Text nodes shows the cells' texts: a move sets some texts, which asks for no layout and
 * restyles nothing, whatever changed (ADR 0005).
 */
final class EventsTable {
    static final double ROW_HEIGHT = 24;
    static final double HEADER_HEIGHT = 26;
    private static final String[] TITLES = {"Offset", "Time", "Lane", "Type", "Severity", "Summary"};
    private static final double MIN_WIDTH = 30;
    private static final double PAD = 6;
    /** How near a header edge (in pixels) the mouse resizes a column. */
    private static final double GRIP = 4;
    /** Rows whose texts are kept: a few screens. */
    private static final int TEXTS_KEPT = 256;

    private final AppController app;
    private final AppModel model;
    private final EventRowList rows;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    /**
     * The cells' texts, as Text nodes over the canvas that draws the rows' backgrounds: what the
     * table shows is then in the scene graph like any other text. Nothing here is managed, so a
     * text that changes asks for no layout, and no node is ever restyled after it is made.
     */
    private final Group cellLayer = new Group();
    private final Group[] columnGroups = new Group[6];
    private final Rectangle[] columnClips = new Rectangle[6];
    private final List<List<Text>> cells = new ArrayList<>();
    private Palette textPalette;
    private final Region view = new Region() {
        {
            getChildren().addAll(canvas, cellLayer, vertical, horizontal);
        }

        @Override
        protected void layoutChildren() {
            layoutTable(getWidth(), getHeight());
        }
    };
    private final double[] widths = {70, 100, 90, 130, 84, 420};
    private final Map<Long, String[]> textsByOffset = new HashMap<>();
    private final ContextMenu menu;
    /** The theme: set by the window with the rest of its views. */
    final BooleanProperty dark = new SimpleBooleanProperty();
    private final Font font = Font.getDefault();
    private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
    private final double charWidth = meanCharWidth(font);
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
        cellLayer.setManaged(false);
        // Clicks and the wheel go to the canvas below, which knows the rows.
        cellLayer.setMouseTransparent(true);
        for (int c = 0; c < columnGroups.length; c++) {
            columnGroups[c] = new Group();
            columnGroups[c].setManaged(false);
            columnClips[c] = new Rectangle();
            columnGroups[c].setClip(columnClips[c]);
            cells.add(new ArrayList<>());
        }
        cellLayer.getChildren().addAll(columnGroups);
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
                canvas.setCursor(e.getY() < HEADER_HEIGHT && columnEdgeAt(e.getX()) >= 0 ? Cursor.H_RESIZE : Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> resizing = -1);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        CheckMenuItem only = new CheckMenuItem("Only this slice");
        only.selectedProperty().bindBidirectional(model.sliceOnly);
        menu = new ContextMenu(only);
        model.log.addListener((o, a, log) -> {
            textsByOffset.clear();
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
        return (int) Math.ceil(Math.max(0, canvas.getHeight() - HEADER_HEIGHT) / ROW_HEIGHT);
    }

    private int fullRowsInView() {
        return Math.max(1, (int) Math.floor(Math.max(0, canvas.getHeight() - HEADER_HEIGHT) / ROW_HEIGHT));
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
        cellLayer.setLayoutX(0);
        cellLayer.setLayoutY(0);
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
            paint();
        });
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette p = dark.get() ? Palette.DARK : Palette.LIGHT;
        g.setFill(p.background);
        g.fillRect(0, 0, w, h);
        double x0 = -horizontal.getValue();
        long count = rows.size();
        int shown = rowsInView();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        String[][] texts = new String[shown][];
        for (int i = 0; i < shown && top + i < count; i++) {
            long row = top + i;
            EventRow r = rows.get(row);
            double y = HEADER_HEIGHT + i * ROW_HEIGHT;
            Color tint = row == markedRow ? p.cursor : tintOf(r.event(), p);
            if (tint != null) {
                g.setFill(tint);
                g.fillRect(0, y, w, ROW_HEIGHT);
            }
            if (row == markedRow) {
                g.setFill(p.accent);
                g.fillRect(0, y, 3, ROW_HEIGHT);
            }
            texts[i] = cellTexts(r);
        }
        showTexts(texts, p, x0, w, h);
        g.setStroke(p.grid);
        g.setLineWidth(1);
        for (int i = 0; i < shown && top + i < count; i++) {
            double y = Math.floor(HEADER_HEIGHT + (i + 1) * ROW_HEIGHT) - 0.5;
            g.strokeLine(0, y, w, y);
        }
        if (count == 0) {
            g.setFill(p.muted);
            g.fillText(model.log.get() == null ? "No log open" : "No events to show", PAD, HEADER_HEIGHT + ROW_HEIGHT / 2);
        }
        paintHeader(g, p, x0, w);
    }

    /**
     * Puts the rows' texts into the cell nodes, one column group per column, clipped at the
     * column's edge; the pool grows with the rows in view and spare nodes show nothing.
     */
    private void showTexts(String[][] texts, Palette p, double x0, double w, double h) {
        boolean recolour = p != textPalette;
        textPalette = p;
        double x = x0;
        for (int c = 0; c < columnGroups.length; c++) {
            List<Text> column = cells.get(c);
            while (column.size() < texts.length) {
                Text t = new Text();
                t.setManaged(false);
                t.setFont(font);
                t.setFill(p.text);
                t.setTextOrigin(VPos.CENTER);
                t.setX(PAD);
                t.setY(HEADER_HEIGHT + column.size() * ROW_HEIGHT + ROW_HEIGHT / 2);
                column.add(t);
                columnGroups[c].getChildren().add(t);
            }
            boolean inView = x + widths[c] > 0 && x < w;
            columnGroups[c].setVisible(inView);
            columnGroups[c].setLayoutX(x);
            columnClips[c].setY(HEADER_HEIGHT);
            columnClips[c].setWidth(Math.max(0, widths[c] - PAD));
            columnClips[c].setHeight(Math.max(0, h - HEADER_HEIGHT));
            for (int i = 0; i < column.size(); i++) {
                Text t = column.get(i);
                if (recolour) t.setFill(p.text);
                t.setText(!inView || i >= texts.length || texts[i] == null ? "" : fit(texts[i][c], widths[c] - 2 * PAD));
            }
            x += widths[c];
        }
    }

    private void paintHeader(GraphicsContext g, Palette p, double x0, double w) {
        g.setFill(p.header);
        g.fillRect(0, 0, w, HEADER_HEIGHT);
        g.setStroke(p.grid);
        g.strokeLine(0, HEADER_HEIGHT - 0.5, w, HEADER_HEIGHT - 0.5);
        g.setFont(bold);
        double x = x0;
        for (int c = 0; c < widths.length; c++) {
            g.save();
            g.beginPath();
            g.rect(x, 0, Math.max(0, widths[c] - PAD), HEADER_HEIGHT);
            g.clip();
            g.setFill(p.text);
            g.fillText(TITLES[c], x + PAD, HEADER_HEIGHT / 2);
            g.restore();
            x += widths[c];
            g.strokeLine(Math.floor(x) - 0.5, 4, Math.floor(x) - 0.5, HEADER_HEIGHT - 4);
        }
    }

    /**
     * A row's cell texts, kept for the rows recently drawn: a step repaints the same rows, and
     * summarising an event's body is most of what a row costs.
     */
    private String[] cellTexts(EventRow r) {
        Event e = r.event();
        if (e == null) return new String[] {Long.toString(r.offset()), "", "", "", "", "…"};
        String[] texts = textsByOffset.get(r.offset());
        if (texts == null) {
            if (textsByOffset.size() >= TEXTS_KEPT) textsByOffset.clear();
            texts = new String[] {Long.toString(r.offset()), time(e), e.lane(), e.type(), e.severity().name(), r.summary()};
            textsByOffset.put(r.offset(), texts);
        }
        return texts;
    }

    /**
     * The text, or its start and an ellipsis when it is wider than width. Widths are estimated
     * from the font's mean character width, not measured per string (a layout per cell is what
     * this table avoids); the column's clip cuts whatever the estimate lets through.
     */
    private String fit(String text, double width) {
        if (text.length() * charWidth <= width) return text;
        int keep = (int) (width / charWidth) - 1;
        return keep <= 0 ? "" : text.substring(0, Math.min(keep, text.length())) + "…";
    }

    private static double meanCharWidth(Font font) {
        String sample = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789=._/";
        Text t = new Text(sample);
        t.setFont(font);
        return Math.max(1, t.getLayoutBounds().getWidth() / sample.length());
    }

    private static Color tintOf(Event e, Palette p) {
        if (e == null) return null;
        if (e.severity() == Severity.WARN) return p.warn;
        return e.severity().compareTo(Severity.ERROR) >= 0 ? p.error : null;
    }

    private String time(Event e) {
        OpenLog log = model.log.get();
        return e.hasTime() && log != null ? TimeFormat.relative(e.time() - log.minTime()) : "";
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
        if (e.getY() < HEADER_HEIGHT) {
            resizing = e.getButton() == MouseButton.PRIMARY ? columnEdgeAt(e.getX()) : -1;
            resizeFromX = e.getX();
            if (resizing >= 0) resizeFromWidth = widths[resizing];
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
            long rowsBy = Math.round(-e.getDeltaY() / ROW_HEIGHT);
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
        if (y < HEADER_HEIGHT) return -1;
        long row = top + (long) ((y - HEADER_HEIGHT) / ROW_HEIGHT);
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
        return widths[java.util.Arrays.asList(TITLES).indexOf(title)];
    }

    /** The screen point of the right edge of a column's header, where a drag resizes it (for tests). */
    Point2D headerEdgeOf(String title) {
        double x = -horizontal.getValue();
        for (int c = 0; c <= java.util.Arrays.asList(TITLES).indexOf(title); c++) x += widths[c];
        return canvas.localToScreen(x - 1, HEADER_HEIGHT / 2);
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
        return canvas.localToScreen(widths[0] / 2, HEADER_HEIGHT + (row - top) * ROW_HEIGHT + ROW_HEIGHT / 2);
    }

    /** The table's colours in the light and dark themes (Primer's, which AtlantaFX follows). */
    private record Palette(Color background, Color header, Color text, Color muted, Color grid, Color cursor,
                           Color accent, Color warn, Color error) {
        static final Palette LIGHT = new Palette(Color.WHITE, Color.web("#f6f8fa"), Color.web("#24292f"),
                Color.web("#57606a"), Color.web("#d8dee4"), Color.web("#ddf4ff"), Color.web("#0969da"),
                Color.rgb(210, 153, 34, 0.12), Color.rgb(229, 83, 75, 0.14));
        static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#c9d1d9"),
                Color.web("#8b949e"), Color.web("#21262d"), Color.rgb(56, 139, 253, 0.15), Color.web("#1f6feb"),
                Color.rgb(210, 153, 34, 0.15), Color.rgb(229, 83, 75, 0.18));
    }
}
