package dev.chronoscope.app;

import dev.chronoscope.causality.SpaceTimeLayout;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The space-time diagram around the cursor: lanes as columns, time downwards, one dot per event (a
 * box for a run of local events), arrows between lanes. The cursor's causes are lit orange, its
 * effects green, and what lies after the cursor outside the slice is greyed out. Clicking a dot moves
 * the cursor there.
 */
final class CausalityView extends Pane {
    private static final double HEADER = 20;
    private static final double ROW = 18;
    private static final Color CAUSE = Color.web("#d29922");
    private static final Color EFFECT = Color.web("#2da44e");
    private static final Color CURSOR = Color.web("#cf222e");

    private final AppController app;
    private final AppModel model;
    private final Canvas canvas = new Canvas();
    private final CausalityLoader loader;
    private final Font font = Font.font("System", 11);
    final BooleanProperty dark = new SimpleBooleanProperty();
    private CausalityLoader.Data data;
    private boolean drawScheduled;

    CausalityView(AppController app) {
        this.app = app;
        this.model = app.model();
        setId("causality");
        loader = new CausalityLoader(app.background(), d -> {
            data = d;
            redraw();
        });
        getChildren().add(canvas);
        setMinHeight(60);
        model.cursor.addListener(o -> reload());
        model.collapseRuns.addListener(o -> reload());
        model.slice.addListener(o -> redraw());
        model.log.addListener(o -> data = null);
        heightProperty().addListener(o -> reload());
        widthProperty().addListener(o -> redraw());
        dark.addListener(o -> redraw());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    void close() {
        loader.close();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    private void reload() {
        CursorView v = model.cursor.get();
        if (v == null || getHeight() <= HEADER) return;
        loader.request(new CausalityLoader.Query(model.log.get(), v.offset(), (int) ((getHeight() - HEADER) / ROW),
                model.collapseRuns.get()));
    }

    private void redraw() {
        if (drawScheduled) return;
        drawScheduled = true;
        Platform.runLater(() -> {
            drawScheduled = false;
            paint();
        });
    }

    private double column(int lane, int lanes) {
        return (lane + 0.5) * getWidth() / Math.max(1, lanes);
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
        Color fg = dark.get() ? Color.web("#c9d1d9") : Color.web("#24292f");
        Color line = dark.get() ? Color.web("#30363d") : Color.web("#d0d7de");
        g.setFill(dark.get() ? Color.web("#0d1117") : Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        CausalityLoader.Data d = data;
        if (d == null || d.log() != model.log.get()) return;
        int lanes = d.log().lanes().size();
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (int lane = 0; lane < lanes; lane++) {
            double x = column(lane, lanes);
            g.setStroke(line);
            g.setLineWidth(1);
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
            int role = slice == null ? 0 : slice.edgeRole(a.fromOffset(), a.toOffset());
            boolean lit = role != 0;
            // Effects lie after the cursor by nature: only what is not in the slice is greyed there.
            g.setGlobalAlpha(a.fromOffset() > d.cursor() && !lit ? 0.25 : 1);
            g.setStroke(a.againstTime() ? CURSOR : role == 1 ? CAUSE : role == 2 ? EFFECT : fg);
            g.setLineWidth(lit ? 1.6 : 0.8);
            arrow(g, column(a.fromLane(), lanes), y(a.fromRow(), first), column(a.toLane(), lanes), y(a.toRow(), first));
        }
        for (SpaceTimeLayout.Node n : d.window().nodes()) {
            double x = column(n.lane(), lanes);
            double y = y(n.row(), first);
            g.setGlobalAlpha(n.row() > d.cursorRow() && role(slice, n) == 0 ? 0.3 : 1);
            boolean atCursor = n.row() == d.cursorRow() && n.lane() == d.cursorLane();
            Color c = atCursor ? CURSOR : role(slice, n) == 1 ? CAUSE : role(slice, n) == 2 ? EFFECT : fg;
            g.setFill(c);
            if (n.collapsed()) {
                String label = (n.complete() ? "" : "≥") + n.events();
                double half = 5 + 3.3 * label.length();
                g.fillRoundRect(x - half, y - 7, 2 * half, 14, 7, 7);
                g.setFill(dark.get() ? Color.BLACK : Color.WHITE);
                g.fillText(label, x, y);
            } else {
                g.fillOval(x - 4, y - 4, 8, 8);
            }
            if (atCursor) {
                g.setStroke(CURSOR);
                g.setLineWidth(2);
                g.strokeOval(x - 7, y - 7, 14, 14);
            }
        }
        g.setGlobalAlpha(1);
        g.restore();
        for (int lane = 0; lane < lanes; lane++) {
            g.setFill(fg);
            g.fillText(d.log().laneLabel(lane), column(lane, lanes), HEADER / 2);
        }
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
        return d == null ? 0 : d.window().nodes().stream().filter(SpaceTimeLayout.Node::collapsed).count();
    }

    /** The offsets of the nodes drawn lit as causes (1) or effects (2), as the user sees them. */
    java.util.List<Long> litNodes(int which) {
        CausalityLoader.Data d = data;
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (d == null) return out;
        CausalSlice slice = sliceOf(d);
        for (SpaceTimeLayout.Node n : d.window().nodes()) if (role(slice, n) == which) out.add(n.offset());
        return out;
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double len = 7;
        g.strokeLine(x1, y1, x1 - len * Math.cos(angle - 0.4), y1 - len * Math.sin(angle - 0.4));
        g.strokeLine(x1, y1, x1 - len * Math.cos(angle + 0.4), y1 - len * Math.sin(angle + 0.4));
    }

    private void clicked(MouseEvent e) {
        CausalityLoader.Data d = data;
        if (d == null) return;
        int lanes = d.log().lanes().size();
        for (SpaceTimeLayout.Node n : d.window().nodes()) {
            double dx = column(n.lane(), lanes) - e.getX();
            double dy = y(n.row(), d.window().firstRow()) - e.getY();
            if (dx * dx + dy * dy <= 64) {
                app.moveTo(n.offset());
                return;
            }
        }
    }
}
