package dev.chronoscope.app;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The causal overlay of the timeline: the cursor event's slice (causes amber, effects green, the
 * event itself ringed), arrows for cross-lane edges, and findings as red markers on the lanes and
 * on the overview strip. Also answers which arrow end or finding lies under the mouse.
 */
final class TimelineCausalLayer {
    static final Color CAUSE = Color.web("#d29922");
    static final Color EFFECT = Color.web("#2da44e");
    static final Color FINDING = Color.web("#e5534b");
    private static final Color SELECTED = Color.web("#cf222e");
    /** How close (pixels) a click must come to an arrow's end or a finding's marker. */
    static final double HIT = 6;

    void drawSlice(GraphicsContext g, CausalSlice slice, TimelineViewport vp, TimelineLayout layout, double lw,
                   double plot) {
        if (slice == null) return;
        marks(g, slice.causeMarks(), CAUSE, vp, layout, lw, plot);
        marks(g, slice.effectMarks(), EFFECT, vp, layout, lw, plot);
        double x = lw + vp.x(slice.position(), plot);
        double top = layout.top(slice.lane());
        g.setStroke(SELECTED);
        g.setLineWidth(2);
        g.strokeOval(x - 6, top + layout.height(slice.lane()) / 2 - 6, 12, 12);
    }

    private static void marks(GraphicsContext g, CausalSlice.Marks m, Color c, TimelineViewport vp,
                              TimelineLayout layout, double lw, double plot) {
        g.setFill(c);
        for (int i = 0; i < m.size(); i++) {
            double x = lw + vp.x(m.positions()[i], plot);
            if (x < lw - 4 || x > lw + plot + 4) continue;
            double top = layout.top(m.lanes()[i]);
            double h = layout.height(m.lanes()[i]);
            g.fillRect(x - 2, top + 1, 4, h - 2);
        }
    }

    void drawArrows(GraphicsContext g, List<TimelineArrow> arrows, CausalSlice slice, TimelineViewport vp,
                    TimelineLayout layout, double lw, double plot, Color fg) {
        if (arrows == null) return;
        for (TimelineArrow a : arrows) {
            int role = slice == null ? 0 : slice.edgeRole(a.fromOffset(), a.toOffset());
            boolean lit = role != 0;
            g.setStroke(a.againstTime() ? SELECTED : role == 1 ? CAUSE : role == 2 ? EFFECT : fg);
            g.setGlobalAlpha(lit ? 1 : 0.6);
            g.setLineWidth(lit ? 1.8 : 1);
            double x0 = lw + vp.x(a.fromPosition(), plot);
            double y0 = centre(layout, a.fromLane());
            double x1 = lw + vp.x(a.toPosition(), plot);
            double y1 = centre(layout, a.toLane());
            g.strokeLine(x0, y0, x1, y1);
            double angle = Math.atan2(y1 - y0, x1 - x0);
            g.strokeLine(x1, y1, x1 - 7 * Math.cos(angle - 0.4), y1 - 7 * Math.sin(angle - 0.4));
            g.strokeLine(x1, y1, x1 - 7 * Math.cos(angle + 0.4), y1 - 7 * Math.sin(angle + 0.4));
        }
        g.setGlobalAlpha(1);
    }

    private static double centre(TimelineLayout layout, int lane) {
        return layout.top(lane) + layout.height(lane) / 2;
    }

    /** The offset at the end of an arrow (either end) under (x, y), or -1. */
    static long arrowEndAt(List<TimelineArrow> arrows, double x, double y, TimelineViewport vp, TimelineLayout layout,
                           double lw, double plot) {
        if (arrows == null) return -1;
        for (TimelineArrow a : arrows) {
            if (near(x, y, lw + vp.x(a.toPosition(), plot), centre(layout, a.toLane()))) return a.toOffset();
            if (near(x, y, lw + vp.x(a.fromPosition(), plot), centre(layout, a.fromLane()))) return a.fromOffset();
        }
        return -1;
    }

    private static boolean near(double x, double y, double px, double py) {
        return Math.abs(x - px) <= HIT && Math.abs(y - py) <= HIT;
    }

    /** A red line over the lanes and a "!" flag on the axis for each finding in view. */
    void drawFindings(GraphicsContext g, List<FindingMark> findings, TimelineViewport vp, double lw, double plot,
                      double h) {
        g.setStroke(FINDING);
        g.setFill(FINDING);
        g.setLineWidth(2);
        g.setTextAlign(TextAlignment.CENTER);
        for (FindingMark f : findings) {
            double x = lw + vp.x(f.position(), plot);
            if (x < lw || x > lw + plot) continue;
            g.setLineDashes(4, 3);
            g.strokeLine(x, TimelineLayout.LANES_TOP, x, h);
            g.setLineDashes();
            g.fillPolygon(new double[] {x - 6, x + 6, x}, new double[] {TimelineLayout.OVERVIEW_HEIGHT,
                    TimelineLayout.OVERVIEW_HEIGHT, TimelineLayout.LANES_TOP - 2}, 3);
        }
    }

    /** A red tick in the overview strip per finding, over the whole log. */
    void drawOverviewFindings(GraphicsContext g, List<FindingMark> findings, TimelineViewport vp, double lw,
                              double plot) {
        g.setFill(FINDING);
        for (FindingMark f : findings) {
            double x = lw + vp.overviewX(f.position(), plot);
            g.fillRect(x - 1.5, 0, 3, TimelineLayout.OVERVIEW_HEIGHT - 1);
        }
    }

    /** The finding whose marker (on the axis, the lanes or the overview) is under (x, y), or null. */
    static FindingMark findingAt(List<FindingMark> findings, double x, double y, TimelineViewport vp, double lw,
                                 double plot) {
        for (FindingMark f : findings) {
            double fx = y < TimelineLayout.OVERVIEW_HEIGHT ? lw + vp.overviewX(f.position(), plot)
                    : lw + vp.x(f.position(), plot);
            if (Math.abs(fx - x) <= HIT) return f;
        }
        return null;
    }
}
