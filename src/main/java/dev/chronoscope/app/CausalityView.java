package dev.chronoscope.app;

import dev.chronoscope.causality.SpaceTimeColumns;
import dev.chronoscope.causality.SpaceTimeLayout;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The space-time diagram around the cursor: lanes as columns, time downwards, one dot per event (a
 * box for a run of local events), arrows between lanes. The cursor's causes are lit orange, its
 * effects green, and what lies after the cursor outside the slice is greyed out. When the log has
 * more lanes than fit at {@link #MIN_COLUMN} pixels each, only the lanes that matter around the
 * cursor get a column ({@link SpaceTimeColumns}, chosen by the loader) and {@link #hiddenLanes()}
 * says how many do not. Clicking a dot moves the cursor there; hovering a lane's name or a dot
 * tells what it is.
 */
final class CausalityView extends Pane {
    /** The narrowest column whose lane name and run boxes stay legible. */
    static final double MIN_COLUMN = 80;
    private static final double HEADER = 20;
    private static final double ROW = 18;
    private static final Color CAUSE = Color.web("#d29922");
    private static final Color EFFECT = Color.web("#2da44e");
    private static final Color CURSOR = Color.web("#cf222e");

    private final AppController app;
    private final AppModel model;
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private final CausalityLoader loader;
    private final Font font = Font.font("System", 11);
    private final Font cursorFont = Font.font("System", FontWeight.BOLD, 11);
    /** Lane names as cut for the column width: measuring text at every paint is the cost here. */
    private final FittedLabels names = new FittedLabels();
    private final ReadOnlyIntegerWrapper hiddenLanes = new ReadOnlyIntegerWrapper();
    final BooleanProperty dark = new SimpleBooleanProperty();
    private CausalityLoader.Data data;
    private boolean drawScheduled;

    CausalityView(AppController app) {
        this.app = app;
        this.model = app.model();
        setId("causality");
        loader = new CausalityLoader(app.background(), d -> {
            data = d;
            hiddenLanes.set(d.log() == model.log.get() ? d.columns().hidden() : 0);
            redraw();
        });
        hover.getStyleClass().add("timeline-hover");
        hover.setId("causalityHover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().addAll(canvas, hover);
        setMinHeight(60);
        model.cursor.addListener(o -> reload());
        model.collapseRuns.addListener(o -> reload());
        // The slice decides which lanes are kept when not all fit, so it asks for the columns again.
        model.slice.addListener(o -> reload());
        model.laneOrder.addListener(o -> reload());
        model.log.addListener(o -> {
            data = null;
            hiddenLanes.set(0);
        });
        heightProperty().addListener(o -> reload());
        widthProperty().addListener(o -> {
            reload();
            redraw();
        });
        dark.addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
    }

    void close() {
        loader.close();
    }

    /** How many of the log's lanes have no column now (0 when all fit). */
    ReadOnlyIntegerProperty hiddenLanes() {
        return hiddenLanes.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        hover.autosize();
    }

    private void reload() {
        CursorView v = model.cursor.get();
        if (v == null || getHeight() <= HEADER) return;
        CausalSlice s = model.slice.get();
        loader.request(new CausalityLoader.Query(model.log.get(), v.offset(), (int) ((getHeight() - HEADER) / ROW),
                model.collapseRuns.get(), columnsThatFit(getWidth()), model.laneOrder.get(),
                s != null && s.offset() == v.offset() ? s : null));
    }

    static int columnsThatFit(double width) {
        return Math.max(1, (int) (width / MIN_COLUMN));
    }

    private void redraw() {
        if (drawScheduled) return;
        drawScheduled = true;
        Platform.runLater(() -> {
            drawScheduled = false;
            paint();
        });
    }

    /** The x of a lane's column, or NaN when the lane is hidden. */
    private double x(SpaceTimeColumns columns, int lane) {
        int column = columns.columnOf(lane);
        return column < 0 ? Double.NaN : (column + 0.5) * columnWidth(columns);
    }

    private double columnWidth(SpaceTimeColumns columns) {
        return getWidth() / Math.max(1, columns.count());
    }

    private double y(long row, long firstRow) {
        return HEADER + (row - firstRow + 0.5) * ROW;
    }

    /** Paints now, on the FX thread (the frame benchmark times the graph's redraw with it). */
    void paintNow() {
        paint();
    }

    /** True once the diagram around this cursor offset is laid out and drawable. */
    boolean showsCursor(long offset) {
        CausalityLoader.Data d = data;
        return d != null && d.log() == model.log.get() && d.cursor() == offset;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Palette p = Palette.of(dark.get());
        g.setFill(p.background);
        g.fillRect(0, 0, getWidth(), getHeight());
        CausalityLoader.Data d = data;
        if (d == null || d.log() != model.log.get()) return;
        SpaceTimeColumns columns = d.columns();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setStroke(p.line);
        g.setLineWidth(1);
        for (int c = 0; c < columns.count(); c++) {
            double x = (c + 0.5) * columnWidth(columns);
            g.strokeLine(x, HEADER, x, getHeight());
        }
        // Arrows to events outside the window run off the edges; keep them out of the lane names.
        g.save();
        g.beginPath();
        g.rect(0, HEADER, getWidth(), getHeight() - HEADER);
        g.clip();
        long first = d.window().firstRow();
        CausalSlice slice = sliceOf(d);
        for (SpaceTimeLayout.Arrow a : d.window().arrows()) {
            double x0 = x(columns, a.fromLane());
            double x1 = x(columns, a.toLane());
            if (Double.isNaN(x0) || Double.isNaN(x1)) continue;
            int role = slice == null ? 0 : slice.edgeRole(a.fromOffset(), a.toOffset());
            boolean lit = role != 0;
            // Effects lie after the cursor by nature: only what is not in the slice is greyed there.
            boolean greyed = a.fromOffset() > d.cursor() && !lit;
            g.setStroke(a.againstTime() ? CURSOR : role == 1 ? CAUSE : role == 2 ? EFFECT : greyed ? p.muted : p.fg);
            g.setLineWidth(lit ? 1.6 : 0.8);
            if (a.fromLane() == a.toLane()) {
                arc(g, x0, y(a.fromRow(), first), y(a.toRow(), first), columnWidth(columns));
            } else {
                arrow(g, x0, y(a.fromRow(), first), x1, y(a.toRow(), first));
            }
        }
        for (SpaceTimeLayout.Node n : d.window().nodes()) {
            double x = x(columns, n.lane());
            if (Double.isNaN(x)) continue;
            double y = y(n.row(), first);
            int role = role(slice, n);
            boolean greyed = n.row() > d.cursorRow() && role == 0;
            boolean atCursor = n.row() == d.cursorRow() && n.lane() == d.cursorLane();
            Color c = atCursor ? CURSOR : role == 1 ? CAUSE : role == 2 ? EFFECT : greyed ? p.muted : p.fg;
            g.setStroke(CURSOR);
            g.setLineWidth(2);
            if (n.collapsed()) {
                String label = (n.complete() ? "" : "≥") + n.events();
                double half = runBox(g, p, x, y, label, c, greyed && !atCursor);
                // A ring around a run would cross its count; the cursor's run is framed instead.
                if (atCursor) g.strokeRoundRect(x - half - 2.5, y - 9.5, 2 * half + 5, 19, 10, 10);
            } else {
                g.setFill(c);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (atCursor) g.strokeOval(x - 7, y - 7, 14, 14);
            }
        }
        g.restore();
        g.setFill(p.fg);
        double room = columnWidth(columns) - 16; // a clear gap between neighbouring names
        for (int c = 0; c < columns.count(); c++) {
            int lane = columns.lane(c);
            boolean cursorLane = lane == d.cursorLane() && d.cursor() >= 0;
            g.setFont(cursorLane ? cursorFont : font);
            g.fillText(names.fit(d.log().laneLabel(lane), room, cursorLane ? cursorFont : font),
                    (c + 0.5) * columnWidth(columns), HEADER / 2);
        }
        g.setFont(font);
    }

    /**
     * A run of local events as a rounded box with its count. The count's colour is chosen against
     * the box's (black on orange, white on red...) and a greyed run is an outlined pale box, so that
     * the number reads in both themes; fading the whole box with alpha made it unreadable.
     *
     * @return half the box's width
     */
    private static double runBox(GraphicsContext g, Palette p, double x, double y, String label, Color fill, boolean greyed) {
        double half = 5 + 3.3 * label.length();
        if (greyed) {
            g.setFill(p.mutedBox);
            g.fillRoundRect(x - half, y - 7, 2 * half, 14, 7, 7);
            g.setStroke(p.muted);
            g.setLineWidth(1);
            g.strokeRoundRect(x - half + 0.5, y - 6.5, 2 * half - 1, 13, 7, 7);
            g.setFill(p.mutedText);
        } else {
            g.setFill(fill);
            g.fillRoundRect(x - half, y - 7, 2 * half, 14, 7, 7);
            g.setFill(CausalityLabels.textOn(fill));
        }
        g.fillText(label, x, y);
        return half;
    }

    /** The model's slice when it belongs to the diagram's cursor, else null. */
    private CausalSlice sliceOf(CausalityLoader.Data d) {
        CausalSlice s = model.slice.get();
        return s != null && s.offset() == d.cursor() ? s : null;
    }

    /** 1 when the node shows a cause, 2 an effect, else 0 (a collapsed run counts by its first event). */
    private static int role(CausalSlice slice, SpaceTimeLayout.Node n) {
        if (slice == null) return 0;
        if (slice.isCause(n.offset())) return 1;
        if (slice.isEffect(n.offset())) return 2;
        return 0;
    }

    /** How many nodes on screen stand for a run of several local events. */
    long collapsedNodes() {
        CausalityLoader.Data d = data;
        return d == null ? 0 : d.window().nodes().stream()
                .filter(n -> n.collapsed() && d.columns().columnOf(n.lane()) >= 0).count();
    }

    /** The offsets of the nodes drawn lit as causes (1) or effects (2), as the user sees them. */
    java.util.List<Long> litNodes(int which) {
        CausalityLoader.Data d = data;
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (d == null) return out;
        CausalSlice slice = sliceOf(d);
        for (SpaceTimeLayout.Node n : d.window().nodes()) {
            if (role(slice, n) == which && d.columns().columnOf(n.lane()) >= 0) out.add(n.offset());
        }
        return out;
    }

    /** The lanes that have a column, left to right, as the user sees them. */
    java.util.List<Integer> shownLanes() {
        CausalityLoader.Data d = data;
        return d == null ? java.util.List.of() : java.util.Arrays.stream(d.columns().lanes()).boxed().toList();
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double len = 7;
        g.strokeLine(x1, y1, x1 - len * Math.cos(angle - 0.4), y1 - len * Math.sin(angle - 0.4));
        g.strokeLine(x1, y1, x1 - len * Math.cos(angle + 0.4), y1 - len * Math.sin(angle + 0.4));
    }

    /**
     * A link within one lane, which a straight line would draw along the lane's own axis, over
     * the events between its ends: a curve bulging to the right of the column instead, wider for
     * longer links so that nested ones stay apart, and never past the column's half width.
     */
    private static void arc(GraphicsContext g, double x, double y0, double y1, double columnWidth) {
        double bulge = Math.min(columnWidth * 0.45, 10 + Math.abs(y1 - y0) * 0.25);
        double cx = x + 2 * bulge; // a quadratic curve reaches half way to its control point
        double cy = (y0 + y1) / 2;
        g.beginPath();
        g.moveTo(x, y0);
        g.quadraticCurveTo(cx, cy, x, y1);
        g.stroke();
        double angle = Math.atan2(y1 - cy, x - cx);
        double len = 7;
        g.strokeLine(x, y1, x - len * Math.cos(angle - 0.4), y1 - len * Math.sin(angle - 0.4));
        g.strokeLine(x, y1, x - len * Math.cos(angle + 0.4), y1 - len * Math.sin(angle + 0.4));
    }

    /** The links drawn, as "from>to" offsets, in the order they are drawn. */
    java.util.List<String> drawnLinks() {
        CausalityLoader.Data d = data;
        if (d == null) return java.util.List.of();
        return d.window().arrows().stream()
                .filter(a -> d.columns().columnOf(a.fromLane()) >= 0 && d.columns().columnOf(a.toLane()) >= 0)
                .map(a -> a.fromOffset() + ">" + a.toOffset()).toList();
    }

    /** The node drawn under a point, or null. */
    private SpaceTimeLayout.Node nodeAt(CausalityLoader.Data d, double px, double py) {
        for (SpaceTimeLayout.Node n : d.window().nodes()) {
            double x = x(d.columns(), n.lane());
            if (Double.isNaN(x)) continue;
            double dx = x - px;
            double dy = y(n.row(), d.window().firstRow()) - py;
            if (dx * dx + dy * dy <= 64) return n;
        }
        return null;
    }

    private void clicked(MouseEvent e) {
        CausalityLoader.Data d = data;
        if (d == null) return;
        SpaceTimeLayout.Node n = nodeAt(d, e.getX(), e.getY());
        if (n != null) app.moveTo(n.offset());
    }

    /** What hovering at a point tells: a lane's full name over the names, a node's event(s) over a node. */
    String hoverText(double px, double py) {
        CausalityLoader.Data d = data;
        if (d == null || d.log() != model.log.get() || d.columns().count() == 0 || px < 0 || px >= getWidth()) return null;
        if (py < HEADER) {
            int column = (int) (px / columnWidth(d.columns()));
            return column < d.columns().count() ? d.log().laneLabel(d.columns().lane(column)) : null;
        }
        SpaceTimeLayout.Node n = nodeAt(d, px, py);
        if (n == null) return null;
        String lane = d.log().laneLabel(n.lane());
        if (!n.collapsed()) return String.format("#%,d on %s", n.offset(), lane);
        return String.format("%s%,d local events from #%,d on %s", n.complete() ? "" : "at least ", n.events(),
                n.offset(), lane);
    }

    private void moved(MouseEvent e) {
        String text = hoverText(e.getX(), e.getY());
        hover.setVisible(text != null);
        if (text != null) {
            hover.setText(text);
            hover.autosize();
            hover.relocate(Math.max(0, Math.min(e.getX() + 12, getWidth() - hover.getWidth() - 4)),
                    Math.max(0, Math.min(e.getY() + 12, getHeight() - hover.getHeight())));
        }
    }

    /**
     * The diagram's colours in one theme. Greyed parts use solid muted colours rather than alpha, so
     * that they keep a known contrast against the background (about 4:1 in both themes).
     */
    private record Palette(Color background, Color fg, Color line, Color muted, Color mutedBox, Color mutedText) {
        private static final Palette LIGHT = new Palette(Color.WHITE, Color.web("#24292f"), Color.web("#d0d7de"),
                Color.web("#6e7781"), Color.web("#f6f8fa"), Color.web("#57606a"));
        private static final Palette DARK = new Palette(Color.web("#0d1117"), Color.web("#c9d1d9"), Color.web("#30363d"),
                Color.web("#6e7681"), Color.web("#161b22"), Color.web("#8b949e"));

        static Palette of(boolean dark) {
            return dark ? DARK : LIGHT;
        }
    }
}
