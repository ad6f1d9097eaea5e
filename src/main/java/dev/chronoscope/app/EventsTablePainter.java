package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the events table ({@link EventsTable}): the header and the rows' backgrounds on the
 * canvas, the cells' texts in a fixed pool of Text nodes over it. The texts stay real nodes so
 * that what the table shows is in the scene graph like any other text; nothing here is managed,
 * so a text that changes asks for no layout, and no node is ever restyled after it is made.
 * Reads nothing but the frame it is given and the rows it names.
 */
final class EventsTablePainter {
    static final double ROW_HEIGHT = 24;
    static final double HEADER_HEIGHT = 26;
    static final String[] TITLES = {"Offset", "Time", "Lane", "Type", "Severity", "Summary"};
    private static final int LANE_COLUMN = 2;
    static final double PAD = 6;
    /** Rows whose texts are kept: a few screens. */
    private static final int TEXTS_KEPT = 256;

    /** What one paint shows: rows from top (shown of them), the cursor's row, columns, theme. */
    record Frame(EventRowList rows, long top, int shown, long markedRow, double[] widths, double scrollX,
                 boolean dark, OpenLog log) {}

    private final Canvas canvas;
    private final Group cellLayer = new Group();
    private final Group[] columnGroups = new Group[TITLES.length];
    private final Rectangle[] columnClips = new Rectangle[TITLES.length];
    private final List<List<Text>> cells = new ArrayList<>();
    private final Map<Long, String[]> textsByOffset = new HashMap<>();
    private final Font font = Font.getDefault();
    private final Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize());
    private final double charWidth = meanCharWidth(font);
    private Palette textPalette;
    private OpenLog textsOf;

    EventsTablePainter(Canvas canvas) {
        this.canvas = canvas;
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
    }

    /** The text nodes, to lay over the canvas at its origin. */
    Group cellLayer() {
        return cellLayer;
    }

    void paint(Frame f) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Palette p = f.dark() ? Palette.DARK : Palette.LIGHT;
        g.setFill(p.background);
        g.fillRect(0, 0, w, h);
        if (f.log() != textsOf) {
            // Another log: the kept texts belong to the old one (times are relative to its start).
            textsByOffset.clear();
            textsOf = f.log();
        }
        double x0 = -f.scrollX();
        EventRowList rows = f.rows();
        long count = rows.size();
        long top = f.top();
        long markedRow = f.markedRow();
        int shown = f.shown();
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
            texts[i] = cellTexts(r, f.log());
        }
        showTexts(texts, f.widths(), p, x0, w, h);
        g.setStroke(p.grid);
        g.setLineWidth(1);
        for (int i = 0; i < shown && top + i < count; i++) {
            double y = Math.floor(HEADER_HEIGHT + (i + 1) * ROW_HEIGHT) - 0.5;
            g.strokeLine(0, y, w, y);
        }
        if (count == 0) {
            g.setFill(p.muted);
            g.fillText(f.log() == null ? "No log open" : "No events to show", PAD, HEADER_HEIGHT + ROW_HEIGHT / 2);
        }
        paintHeader(g, f.widths(), p, x0, w);
    }

    /**
     * Puts the rows' texts into the cell nodes, one column group per column, clipped at the
     * column's edge; the pool grows with the rows in view and spare nodes show nothing.
     */
    private void showTexts(String[][] texts, double[] widths, Palette p, double x0, double w, double h) {
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
                t.setText(!inView || i >= texts.length || texts[i] == null ? "" : fit(texts[i][c], widths[c] - 2 * PAD, c == LANE_COLUMN));
            }
            x += widths[c];
        }
    }

    private void paintHeader(GraphicsContext g, double[] widths, Palette p, double x0, double w) {
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
    private String[] cellTexts(EventRow r, OpenLog log) {
        Event e = r.event();
        if (e == null) return new String[] {Long.toString(r.offset()), "", "", "", "", "…"};
        String[] texts = textsByOffset.get(r.offset());
        if (texts == null) {
            if (textsByOffset.size() >= TEXTS_KEPT) textsByOffset.clear();
            // Made safe to draw once here, not at every paint of the cell.
            texts = new String[] {Long.toString(r.offset()), time(r, log),
                    log == null ? JsonText.shown(e.lane()) : log.laneLabel(e.lane()), JsonText.shown(e.type()),
                    e.severity().name(), JsonText.shown(r.summary())};
            textsByOffset.put(r.offset(), texts);
        }
        return texts;
    }

    /**
     * The text, or its start and an ellipsis when it is wider than width. Widths are estimated
     * from the font's mean character width, not measured per string (a layout per cell is what
     * this table avoids); the column's clip cuts whatever the estimate lets through.
     */
    private String fit(String text, double width, boolean keepBothEnds) {
        if (text.length() * charWidth <= width) return text;
        int keep = (int) (width / charWidth) - 1;
        if (keep <= 0) return "";
        // Lane names that share a prefix ("pool-thread-3", "pool-thread-12") differ at their end.
        if (keepBothEnds) return FittedLabels.middleCut(text, keep);
        return text.substring(0, Math.min(keep, text.length())) + "…";
    }

    /** The narrowest column that shows text whole: the width {@link #fit} estimates, and padding. */
    double columnWidthFor(String text) {
        return Math.ceil(text.length() * charWidth) + 2 * PAD + 1;
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

    private static String time(EventRow r, OpenLog log) {
        if (log == null) return "";
        if (r.event().hasTime()) return TimeFormat.since(r.event().time(), log.minTime());
        return r.placedTime() == Event.NO_TIME ? "" : TimeFormat.placed(r.placedTime(), log.minTime());
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
