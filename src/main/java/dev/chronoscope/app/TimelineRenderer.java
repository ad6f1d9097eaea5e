package dev.chronoscope.app;

import dev.chronoscope.store.DensityPyramid.Density;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints one frame of the timeline from a {@link TimelineData} snapshot: the overview strip with the
 * viewport box, the axis (times, or event offsets for a log laid out by offset), the lanes (density
 * or single events, dimmed where the filter does not match), the causal overlay
 * ({@link TimelineCausalLayer}), bookmarks, the A/B markers and the cursor. Reads nothing but its
 * arguments.
 */
final class TimelineRenderer {
    static final Color[] SEVERITY = {
            Color.web("#9aa4ad"), Color.web("#6e8fb0"), Color.web("#2f81f7"),
            Color.web("#d29922"), Color.web("#e5534b"), Color.web("#a4177a")};

    /** What one frame shows besides the data; cursor and bookmarks are timeline positions. */
    record Frame(List<String> lanes, Long cursorPosition, AppModel.Marker a, AppModel.Marker b,
                 Collection<Long> bookmarkPositions, long selectedOffset, boolean filtering, boolean dark,
                 TimelineScale scale, CausalSlice slice, List<FindingMark> findings) {}

    private final Font font = Font.font("System", 11);
    /** A collapsed lane's name: small, but there, so that a folded row still says whose it is. */
    private final Font collapsedFont = Font.font("System", 8);
    private static final String EXPANDED = "▾";
    private static final String COLLAPSED = "▸";
    private double nameX = Double.NaN;
    private static final double LABEL_INSET = 4;
    /** Lane names (shown labels, {@link OpenLog#shownLanes}) cut in the middle to the label column. */
    private final FittedLabels laneNames = new FittedLabels();
    private static final int[] SEVERITY_ARGB = DensityRaster.argb(SEVERITY);
    private final TimelineCausalLayer causal = new TimelineCausalLayer();
    private final DensityRaster lanesRaster = new DensityRaster();
    private final DensityRaster overviewRaster = new DensityRaster();

    void draw(GraphicsContext g, double w, double h, TimelineData data, TimelineViewport vp, TimelineLayout layout,
              Frame f) {
        Color bg = f.dark() ? Color.web("#0d1117") : Color.WHITE;
        Color fg = f.dark() ? Color.web("#c9d1d9") : Color.web("#24292f");
        Color grid = f.dark() ? Color.web("#30363d") : Color.web("#d0d7de");
        g.setFont(font);
        g.setFill(bg);
        // The whole canvas: beside w, above the lanes' scrollbar, nothing else paints.
        g.fillRect(0, 0, Math.max(w, g.getCanvas().getWidth()), h);
        double lw = TimelineLayout.LABEL_WIDTH;
        double plot = Math.max(1, w - lw);
        if (data != null) {
            g.save();
            g.beginPath();
            g.rect(lw, layout.lanesTop(), plot, h - layout.lanesTop());
            g.clip();
            if (data.events() == null) drawDensity(g, data, f, layout, lw, plot, h);
            if (data.events() != null) drawEvents(g, data.events(), vp, layout, lw, plot, f);
            else if (data.matchPositions() != null) drawMatchTicks(g, data.matchPositions(), vp, layout, lw, plot, h);
            causal.drawArrows(g, data.arrows(), f.slice(), vp, layout, lw, plot, fg);
            causal.drawSlice(g, f.slice(), vp, layout, lw, plot);
            g.restore();
        }
        drawLaneLabels(g, layout, f, fg, grid, w, h);
        drawAxis(g, vp, lw, plot, fg, grid, f.scale());
        drawOverview(g, data, vp, lw, plot, grid, fg);
        causal.drawOverviewFindings(g, f.findings(), vp, lw, plot);
        g.save();
        g.beginPath();
        g.rect(lw, 0, plot, h);
        g.clip();
        for (Long p : f.bookmarkPositions()) vline(g, vp.x(p, plot) + lw, Color.web("#8250df"), 1, h, "★", fg);
        if (f.a() != null) vline(g, vp.x(f.a().position(), plot) + lw, Color.web("#1a7f37"), 1.5, h, "A", fg);
        if (f.b() != null) vline(g, vp.x(f.b().position(), plot) + lw, Color.web("#bc4c00"), 1.5, h, "B", fg);
        causal.drawFindings(g, f.findings(), vp, lw, plot, h);
        if (f.cursorPosition() != null) {
            vline(g, vp.x(f.cursorPosition(), plot) + lw, Color.web("#cf222e"), 2, h, null, fg);
        }
        g.restore();
    }

    /** Every visible lane's density bars, as one raster below the lanes' top edge. */
    private void drawDensity(GraphicsContext g, TimelineData data, Frame f, TimelineLayout layout, double lw,
                             double plot, double h) {
        double lanesTop = layout.lanesTop();
        // Only as tall as the lanes reach: a few lanes leave most of the plot empty.
        double bottom = lanesTop;
        for (int lane = 0; lane < f.lanes().size() && lane < data.lanes().length; lane++) {
            bottom = Math.max(bottom, layout.top(lane) + layout.height(lane));
        }
        lanesRaster.begin((int) Math.ceil(plot), (int) Math.ceil(Math.min(h, bottom) - lanesTop));
        for (int lane = 0; lane < f.lanes().size() && lane < data.lanes().length; lane++) {
            double top = layout.top(lane);
            if (top > h || top + layout.height(lane) < lanesTop) continue;
            lanesRaster.lane(data.lanes()[lane], top - lanesTop, layout.height(lane), SEVERITY_ARGB);
        }
        lanesRaster.draw(g, lw, lanesTop, f.filtering() ? 0.3 : 1);
    }

    /**
     * Single events: bars for those at least two pixels long, else a tick on the event's pixel column.
     * A tick on the column, colour and opacity of the one drawn just before it in its lane (nothing
     * else drawn there in between) would cover the same pixels and is skipped, so a crowded window
     * records about one tick per column per lane instead of one per event.
     */
    private void drawEvents(GraphicsContext g, TimelineData.Events ev, TimelineViewport vp, TimelineLayout layout,
                            double lw, double plot, Frame f) {
        long[] lastTick = new long[f.lanes().size() + 1];
        Arrays.fill(lastTick, Long.MIN_VALUE);
        Color fill = null;
        double alpha = -1;
        for (int i = 0; i < ev.size(); i++) {
            int lane = ev.lanes()[i];
            double top = layout.top(lane);
            double height = layout.height(lane);
            double x0 = lw + vp.x(ev.positions()[i], plot);
            double x1 = lw + vp.x(ev.ends()[i], plot);
            int sev = Math.min(ev.severities()[i], SEVERITY.length - 1);
            boolean selected = ev.offsets()[i] == f.selectedOffset();
            boolean bar = x1 - x0 >= 2;
            if (lane < lastTick.length) {
                long tick = bar || selected ? Long.MIN_VALUE
                        : ((long) Math.floor(x0) << 4) | ((long) sev << 1) | (ev.matches()[i] ? 1 : 0);
                if (tick != Long.MIN_VALUE && tick == lastTick[lane]) continue;
                lastTick[lane] = tick;
            }
            double a = ev.matches()[i] ? 1 : 0.2;
            if (a != alpha) {
                alpha = a;
                g.setGlobalAlpha(a);
            }
            if (SEVERITY[sev] != fill) {
                fill = SEVERITY[sev];
                g.setFill(fill);
            }
            if (bar) g.fillRect(x0, top + height * 0.3, x1 - x0, height * 0.4);
            else g.fillRect(Math.floor(x0) - 1, top + 3, 3, height - 6);
            if (selected) {
                g.setGlobalAlpha(1);
                alpha = 1;
                g.setStroke(Color.web("#cf222e"));
                g.setLineWidth(1.5);
                g.strokeRect(x0 - 3, top + 1, Math.max(6, x1 - x0 + 6), height - 2);
            }
        }
        g.setGlobalAlpha(1);
    }

    private void drawMatchTicks(GraphicsContext g, long[] positions, TimelineViewport vp, TimelineLayout layout,
                                double lw, double plot, double h) {
        g.setFill(Color.web("#bf8700"));
        for (long p : positions) g.fillRect(lw + vp.x(p, plot), layout.lanesTop(), 1, 6);
    }

    private void drawLaneLabels(GraphicsContext g, TimelineLayout layout, Frame f, Color fg, Color grid, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(0, layout.lanesTop(), w, h - layout.lanesTop());
        g.clip();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double nameX = nameX();
        for (int lane = 0; lane < f.lanes().size(); lane++) {
            double top = layout.top(lane);
            double height = layout.height(lane);
            if (top > h || top + height < layout.lanesTop()) continue;
            g.setStroke(grid);
            g.setLineWidth(1);
            g.strokeLine(0, top + height - 0.5, w, top + height - 0.5);
            g.setFill(fg);
            boolean collapsed = layout.collapsed(lane);
            g.setFont(collapsed ? collapsedFont : font);
            // Apart, so that a right-to-left name cannot carry the triangle to its other end.
            g.fillText(collapsed ? COLLAPSED : EXPANDED, LABEL_INSET, top + height / 2);
            String name = f.lanes().get(lane);
            g.fillText(collapsed ? collapsedLabel(name) : laneLabel(name), nameX, top + height / 2);
        }
        g.restore();
    }

    /**
     * Where a lane's name starts, after its triangle: measured once (the font never changes), as
     * every visible lane's label asked for it at every paint, each time a text layout.
     */
    private double nameX() {
        if (Double.isNaN(nameX)) nameX = LABEL_INSET + laneNames.textWidth(EXPANDED + " ", font);
        return nameX;
    }

    /** A lane's name as its row shows it: cut in the middle to the label column (hover shows it whole). */
    String laneLabel(String shownName) {
        return laneNames.fit(shownName, TimelineLayout.LABEL_WIDTH - nameX() - LABEL_INSET, font);
    }

    private String collapsedLabel(String shownName) {
        return laneNames.fit(shownName, TimelineLayout.LABEL_WIDTH - nameX() - LABEL_INSET, collapsedFont);
    }

    /** How wide the font draws text, for tests. */
    double textWidth(String text) {
        return laneNames.textWidth(text, font);
    }

    /** A tick on the axis: its x within the plot, and its label, or null where none fits. */
    record Tick(double x, String label) {}

    /**
     * The axis' ticks across a plot `plot` pixels wide: round steps counted from the log's start
     * (none before it: no "#-1" or "-1 ns" in the margin), a label only where it fits before the
     * plot's right edge ("1", "#" said nothing). Ticks count from the start as longs: an axis
     * reaching further than Long.MAX_VALUE from its start (bogus times at both ends of the range)
     * is labelled as far as that reaches instead of stacking labels at one place.
     */
    List<Tick> ticks(TimelineViewport vp, double plot, TimelineScale scale) {
        double step = TimelineScale.tickStep(vp.span(), plot);
        long start = scale.tickOrigin();
        long from = vp.from();
        double firstTick = from <= start ? 0 : Math.ceil(TimelineViewport.distance(start, from) / step) * step;
        double end = TimelineViewport.distance(start, Math.max(start, vp.to()));
        // A window reaching Long.MAX_VALUE ends there, not before it: a tick at that last position is in it.
        boolean last = vp.to() == Long.MAX_VALUE;
        List<Tick> ticks = new java.util.ArrayList<>();
        for (double rel = firstTick; (rel < end || last && rel == end) && rel < Long.MAX_VALUE; rel += step) {
            long sinceStart = Math.round(rel);
            double x = vp.x(start + sinceStart, plot);
            String label = scale.tick(sinceStart);
            ticks.add(new Tick(x, x + 3 + laneNames.textWidth(label, font) > plot ? null : label));
        }
        return ticks;
    }

    private void drawAxis(GraphicsContext g, TimelineViewport vp, double lw, double plot, Color fg, Color grid,
                          TimelineScale scale) {
        double y = TimelineLayout.OVERVIEW_HEIGHT;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Tick t : ticks(vp, plot, scale)) {
            double x = lw + t.x();
            g.setStroke(grid);
            g.strokeLine(x, y, x, y + TimelineLayout.AXIS_HEIGHT);
            if (t.label() == null) continue;
            g.setFill(fg);
            g.fillText(t.label(), x + 3, y + TimelineLayout.AXIS_HEIGHT / 2);
        }
    }

    private void drawOverview(GraphicsContext g, TimelineData data, TimelineViewport vp, double lw, double plot,
                              Color grid, Color fg) {
        double h = TimelineLayout.OVERVIEW_HEIGHT;
        g.setStroke(grid);
        g.strokeLine(0, h - 0.5, lw + plot, h - 0.5);
        g.setFill(fg);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Overview", 4, h / 2);
        if (data == null) return;
        overviewRaster.begin((int) Math.ceil(plot), (int) h);
        overviewRaster.lane(data.overview(), 0, h, SEVERITY_ARGB);
        overviewRaster.draw(g, lw, 0, 1);
        double x0 = lw + vp.overviewFromX(plot);
        double x1 = lw + vp.overviewToX(plot);
        g.setStroke(Color.web("#2f81f7"));
        g.setLineWidth(1.5);
        g.setFill(Color.web("#2f81f7", 0.12));
        double left = Math.max(lw, x0);
        double right = Math.min(lw + plot, x1);
        g.fillRect(left, 1, Math.max(2, right - left), h - 3);
        g.strokeRect(left, 1, Math.max(2, right - left), h - 3);
    }

    private void vline(GraphicsContext g, double x, Color c, double width, double h, String label, Color fg) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.strokeLine(x, TimelineLayout.OVERVIEW_HEIGHT, x, h);
        if (label != null) {
            g.setFill(c);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(label, x + 2, TimelineLayout.OVERVIEW_HEIGHT + 6);
        }
    }
}
