package dev.chronoscope.app;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * The timeline: a canvas drawn once per pulse from the newest {@link TimelineData}. Drag the cursor
 * line to scrub, drag elsewhere to pan, Ctrl+wheel to zoom, wheel to pan, Shift+wheel (or the wheel
 * over the lane names or the scrollbar) to scroll the lanes, click a lane name to collapse it, drag
 * it onto another to move it, click an event to select it, drag in the overview to move. When the
 * lanes overflow, a scrollbar beside them scrolls them; when the cursor moves to an event on a lane
 * out of view, the lanes scroll the least that shows it.
 */
final class TimelineView extends Pane {
    private final AppController app;
    private final AppModel model;
    private final Canvas canvas = new Canvas();
    private final TimelineHoverLabel hover = new TimelineHoverLabel();
    private final TimelineViewport viewport = new TimelineViewport();
    private final TimelineLayout layout = new TimelineLayout();
    /** Beside the lanes, not over the plot's right edge, so that it hides no events. */
    private final TimelineLanesBar lanesBar = new TimelineLanesBar(layout, this::redraw);
    /** The plot width the loader was last asked for: a scrollbar appearing changes it. */
    private int requestedWidth = -1;
    /** The lanes whose density the loader was last asked for: scrolling past them asks again. */
    private BitSet requestedLanes = new BitSet();
    private final TimelineRenderer renderer = new TimelineRenderer();
    private final TimelineLoader loader;
    final BooleanProperty dark = new SimpleBooleanProperty();
    private TimelineData data;
    private boolean drawScheduled;
    private double pressX;
    private int pressLane = -1;
    private boolean dragged;
    private Mode mode = Mode.NONE;

    private enum Mode { NONE, SCRUB, PAN, OVERVIEW, LANE }

    TimelineView(AppController app) {
        this.app = app;
        this.model = app.model();
        setId("timeline");
        setFocusTraversable(true);
        loader = new TimelineLoader(app.background(), d -> {
            data = d;
            redraw();
        });
        lanesBar.addEventHandler(ScrollEvent.SCROLL, this::scrollLanes);
        getChildren().addAll(canvas, lanesBar, hover);
        setMinHeight(120);
        setPrefHeight(260);
        viewport.onChange(this::reload);
        widthProperty().addListener(o -> reload());
        heightProperty().addListener(o -> {
            layout.canvasHeight(getHeight());
            lanesChanged();
        });
        model.log.addListener((o, a, log) -> {
            data = null;
            layout.reset(log == null ? 0 : log.lanes().size());
            lanesBar.follow();
            requestLayout();
            model.laneOrder.set(layout.order());
            if (log != null) viewport.reset(log.scale());
        });
        InvalidationListener redraw = o -> redraw();
        model.matches.addListener(o -> reload());
        model.timelineArrows.addListener(o -> reload());
        model.slice.addListener(redraw);
        model.findings.addListener(redraw);
        model.markerA.addListener(redraw);
        model.markerB.addListener(redraw);
        model.dragPosition.addListener(redraw);
        model.bookmarks.addListener((MapChangeListener<Long, Long>) c -> redraw());
        dark.addListener(redraw);
        model.cursor.addListener((o, a, v) -> {
            // While the user drags the cursor line the lanes stay put under the mouse; the release
            // shows the lane the drag ended on.
            if (v != null && mode != Mode.SCRUB) {
                viewport.reveal(v.position());
                revealLane(v);
            }
            redraw();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    void close() {
        loader.close();
    }

    TimelineViewport viewport() {
        return viewport;
    }

    void zoom(double factor) {
        viewport.zoom(factor, cursorAnchor());
    }

    private double cursorAnchor() {
        CursorView v = model.cursor.get();
        if (v == null || viewport.span() <= 0) return 0.5;
        double a = viewport.x(v.position(), 1);
        return a < 0 || a > 1 ? 0.5 : a;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        lanesBar.resizeRelocate(drawWidth(), TimelineLayout.LANES_TOP, TimelineLanesBar.WIDTH,
                Math.max(0, getHeight() - TimelineLayout.LANES_TOP));
        hover.autosize();
    }

    /** The width the timeline draws in: all of it, less the scrollbar's column while the lanes overflow. */
    private double drawWidth() {
        return Math.max(0, getWidth() - (layout.overflows() ? TimelineLanesBar.WIDTH : 0));
    }

    private double plotWidth() {
        return Math.max(1, drawWidth() - TimelineLayout.LABEL_WIDTH);
    }

    /**
     * After the rows' heights or the canvas's height changed: the bar follows the clamped scroll, and
     * a bar that appeared or went narrows or widens the plot, which needs data at the new width.
     */
    private void lanesChanged() {
        lanesBar.follow();
        requestLayout();
        if ((int) plotWidth() != requestedWidth) reload();
        else redraw();
    }

    private void revealLane(CursorView v) {
        if (v != null && layout.reveal(v.lane())) lanesBar.follow();
    }

    /** The lanes' vertical scroll in pixels, for tests. */
    double lanesScroll() {
        return layout.scroll();
    }

    /** Whether the lane's whole row is in view below the axis, for tests. */
    boolean showsLane(int lane) {
        double top = layout.top(lane);
        return top >= TimelineLayout.LANES_TOP && top + layout.height(lane) <= getHeight();
    }

    /** The lanes' scrollbar, for tests. */
    TimelineLanesBar lanesBar() {
        return lanesBar;
    }

    private double plotX(MouseEvent e) {
        return e.getX() - TimelineLayout.LABEL_WIDTH;
    }

    private void reload() {
        OpenLog log = model.log.get();
        if (log == null) return;
        requestedWidth = (int) plotWidth();
        requestedLanes = layout.lanesNearView();
        loader.request(new TimelineLoader.Query(log, viewport.from(), viewport.to(), viewport.span(), requestedWidth,
                model.filter.get(), model.matches.get(), model.timelineArrows.get(), requestedLanes));
        redraw();
    }

    /** Whether a lane in view was left out of the last load (the lanes scrolled, resized or moved). */
    private boolean missesLanesInView() {
        BitSet inView = layout.lanesInView();
        inView.andNot(requestedLanes);
        return !inView.isEmpty();
    }

    /** Schedules one paint for the next pulse, however many changes arrive before it. */
    void redraw() {
        if (drawScheduled) return;
        drawScheduled = true;
        Platform.runLater(() -> {
            drawScheduled = false;
            paint();
        });
    }

    /** The query the loader would get for a window [from, to) at this view's width (for the frame benchmark). */
    TimelineLoader.Query queryFor(long from, long to) {
        return new TimelineLoader.Query(model.log.get(), from, to, (int) plotWidth(), model.filter.get(),
                model.matches.get(), model.timelineArrows.get(), layout.lanesNearView());
    }

    /** Shows loaded data and paints it now, on the FX thread (the frame benchmark times this). */
    void paintNow(TimelineData loaded) {
        data = loaded;
        paint();
    }

    private void paint() {
        OpenLog log = model.log.get();
        if (log == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
            return;
        }
        // Every change of the rows in view (scroll, resize, collapse, move) ends in a paint.
        if (missesLanesInView()) reload();
        CursorView v = model.cursor.get();
        Long dragPosition = model.dragPosition.get();
        Long cursorPosition = dragPosition != null ? dragPosition : v == null ? null : v.position();
        renderer.draw(canvas.getGraphicsContext2D(), drawWidth(), getHeight(), data, viewport, layout,
                new TimelineRenderer.Frame(log.shownLanes(), cursorPosition, model.markerA.get(), model.markerB.get(),
                        new ArrayList<>(model.bookmarks.values()), v == null ? -2 : v.offset(),
                        model.filter.get() != null, dark.get(), log.scale(), sliceOf(v), List.copyOf(model.findings)));
    }

    /** The slice's causes (or effects) lit in the visible window, as drawn: for tests and tools. */
    List<Long> litInView(boolean causes) {
        CausalSlice s = sliceOf(model.cursor.get());
        List<Long> out = new ArrayList<>();
        if (s == null) return out;
        CausalSlice.Marks m = causes ? s.causeMarks() : s.effectMarks();
        for (int i = 0; i < m.size(); i++) {
            if (m.positions()[i] >= viewport.from() && m.positions()[i] <= viewport.to()) out.add(m.offsets()[i]);
        }
        return out;
    }

    /** What the timeline draws now (null until the first load arrives): for tests and tools. */
    TimelineData dataInView() {
        return data;
    }

    /** The cross-lane arrows drawn now (none in density mode or with arrows off). */
    List<TimelineArrow> arrowsInView() {
        TimelineData d = data;
        return d == null || d.arrows() == null ? List.of() : d.arrows();
    }

    /** The screen point where an event drawn on the timeline sits (its lane's middle), for tests. */
    javafx.geometry.Point2D pointOf(long position, int lane) {
        return canvas.localToScreen(TimelineLayout.LABEL_WIDTH + viewport.x(position, plotWidth()),
                layout.top(lane) + layout.height(lane) / 2);
    }

    /** The slice when it belongs to the event under the cursor (not one the cursor has left). */
    private CausalSlice sliceOf(CursorView v) {
        CausalSlice s = model.slice.get();
        return s != null && v != null && s.offset() == v.offset() ? s : null;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || model.log.get() == null) return;
        requestFocus();
        pressX = e.getX();
        dragged = false;
        if (e.getY() < TimelineLayout.OVERVIEW_HEIGHT) {
            mode = Mode.OVERVIEW;
            centreOverview(e);
        } else if (e.getX() < TimelineLayout.LABEL_WIDTH) {
            mode = Mode.LANE;
            pressLane = layout.laneAt(e.getY(), model.log.get().lanes().size());
        } else if (nearCursor(e)) {
            mode = Mode.SCRUB;
        } else {
            mode = Mode.PAN;
        }
    }

    private boolean nearCursor(MouseEvent e) {
        CursorView v = model.cursor.get();
        if (v == null) return false;
        return Math.abs(viewport.x(v.position(), plotWidth()) - plotX(e)) <= 6;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) > 2 || mode == Mode.LANE) dragged = true;
        switch (mode) {
            case SCRUB -> app.scrubTo(viewport.position(Math.max(0, plotX(e)), plotWidth()));
            case PAN -> {
                viewport.pan(-(e.getX() - pressX) / plotWidth());
                pressX = e.getX();
            }
            case OVERVIEW -> centreOverview(e);
            default -> { }
        }
    }

    private void released(MouseEvent e) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was == Mode.SCRUB) {
            app.endScrub();
            revealLane(model.cursor.get());
            redraw();
            return;
        }
        if (was == Mode.LANE) {
            // Click a lane's name to collapse it; drag it onto another lane to move it there.
            int lane = layout.laneAt(e.getY(), model.log.get().lanes().size());
            if (lane >= 0 && lane == pressLane) layout.toggle(lane);
            else if (lane >= 0 && pressLane >= 0) {
                layout.move(pressLane, lane);
                model.laneOrder.set(layout.order());
            }
            lanesChanged();
            return;
        }
        if (was != Mode.PAN || dragged) return;
        clickAt(e);
    }

    private void clickAt(MouseEvent e) {
        TimelineData d = data;
        long target = clickTarget(d, e);
        if (target >= 0) {
            app.moveTo(target);
            return;
        }
        int lane = layout.laneAt(e.getY(), model.log.get().lanes().size());
        if (d != null && d.events() != null && lane >= 0) {
            int i = d.events().hit(lane, plotX(e), viewport, plotWidth(), 5);
            if (i >= 0) {
                app.moveTo(d.events().offsets()[i]);
                return;
            }
        }
        app.scrubTo(viewport.position(plotX(e), plotWidth()));
        app.endScrub();
    }

    /** A finding's flag on the axis or an arrow's end under the mouse: the offset it leads to, or -1. */
    private long clickTarget(TimelineData d, MouseEvent e) {
        if (e.getY() < TimelineLayout.LANES_TOP) {
            FindingMark f = TimelineCausalLayer.findingAt(model.findings, e.getX(), e.getY(), viewport,
                    TimelineLayout.LABEL_WIDTH, plotWidth());
            return f == null ? -1 : f.offset();
        }
        return d == null ? -1 : TimelineCausalLayer.arrowEndAt(d.arrows(), e.getX(), e.getY(), viewport, layout,
                TimelineLayout.LABEL_WIDTH, plotWidth());
    }

    private void centreOverview(MouseEvent e) {
        double x = Math.max(0, Math.min(plotWidth(), plotX(e)));
        viewport.centre(viewport.overviewPosition(x, plotWidth()));
    }

    private void moved(MouseEvent e) {
        hover.show(TimelineHoverText.at(data, model.log.get(), model.findings, layout, viewport, e.getX(), e.getY(),
                plotWidth()), e.getX(), e.getY(), getWidth());
    }

    private void scrolled(ScrollEvent e) {
        if (model.log.get() == null) return;
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        if (e.isControlDown()) {
            double anchor = Math.max(0, Math.min(1, (e.getX() - TimelineLayout.LABEL_WIDTH) / plotWidth()));
            viewport.zoom(delta > 0 ? 0.8 : 1.25, anchor);
        } else if (e.isShiftDown() || e.getX() < TimelineLayout.LABEL_WIDTH) {
            scrollLanes(e);
            return;
        } else {
            viewport.pan(-delta / plotWidth());
        }
        e.consume();
    }

    /** The wheel moves the lanes: down shows later lanes. */
    private void scrollLanes(ScrollEvent e) {
        double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        layout.scrollBy(-delta);
        lanesBar.follow();
        redraw();
        e.consume();
    }
}
