package dev.chronoscope.ingest;

import java.util.List;

/**
 * Implemented by readers whose logs name and order their lanes apart from the events (Chrome's
 * {@code process_name}/{@code thread_name}/{@code *_sort_index} metadata). Such metadata may come
 * anywhere in the log, even after the events it names, so the table is complete only once
 * {@link EventReader#next()} has returned null; the engine asks for it then and stores it beside
 * the events. Lanes the table does not list keep their raw key as label, after the listed ones.
 */
public interface LaneLabels {

    /** Every lane the reader emitted, in display order, with the label to show for it. */
    List<LaneLabel> laneLabels();

    /** A lane key as events carry it ({@code Event.lane()}) and the human label for it. */
    record LaneLabel(String lane, String label) {}
}
