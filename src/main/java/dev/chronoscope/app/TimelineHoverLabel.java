package dev.chronoscope.app;

import javafx.scene.control.Label;

/**
 * The timeline's hover text ({@link TimelineHoverText} says what it reads): beside the mouse, kept
 * inside the timeline's width, never catching the mouse itself.
 */
final class TimelineHoverLabel extends Label {
    private static final double GAP = 12;

    TimelineHoverLabel() {
        getStyleClass().add("timeline-hover");
        setId("timelineHover");
        setVisible(false);
        setMouseTransparent(true);
    }

    /** Shows text below right of (x, y), or hides the label when text is null. */
    void show(String text, double x, double y, double areaWidth) {
        setVisible(text != null);
        if (text == null) return;
        setText(text);
        autosize();
        relocate(Math.max(0, Math.min(x + GAP, areaWidth - getWidth() - 4)), y + GAP);
    }
}
