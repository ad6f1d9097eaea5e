package dev.chronoscope.app;

import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;

/**
 * The vertical scrollbar beside the timeline's lanes, shown only while they overflow. The layout
 * owns the scroll: dragging the bar scrolls the layout, and {@link #follow} tells the bar where the
 * layout is after anything else moved it (the wheel, the cursor, a collapse, a resize).
 */
final class TimelineLanesBar extends ScrollBar {
    static final double WIDTH = 12;
    /**
     * The thumb is never shorter: in proportion, 3,000 lanes give a thumb under a pixel tall, which
     * the skin draws as a hairline nobody can see or grab.
     */
    private static final double MIN_THUMB = 24;

    private final TimelineLayout layout;
    /** Set while the bar is told the layout's scroll, so that its listener does not echo it back. */
    private boolean following;

    TimelineLanesBar(TimelineLayout layout, Runnable onScroll) {
        this.layout = layout;
        setId("timelineLanes");
        setOrientation(Orientation.VERTICAL);
        setUnitIncrement(TimelineLayout.LANE_HEIGHT);
        setVisible(false);
        valueProperty().addListener((o, a, v) -> {
            if (following) return;
            layout.scrollTo(v.doubleValue());
            onScroll.run();
        });
    }

    /** Shows the layout's scroll; the thumb is to the track as the view is to all the rows. */
    void follow() {
        following = true;
        try {
            double max = layout.maxScroll();
            double visible = layout.visibleHeight();
            double shown = Math.max(visible / Math.max(1, layout.lanesHeight()), MIN_THUMB / Math.max(1, visible));
            setMin(0);
            setMax(max);
            setVisibleAmount(max * Math.min(1, shown));
            setBlockIncrement(Math.max(TimelineLayout.LANE_HEIGHT, visible - TimelineLayout.LANE_HEIGHT));
            setValue(layout.scroll());
            setVisible(max > 0);
        } finally {
            following = false;
        }
    }
}
