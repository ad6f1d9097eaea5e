package dev.chronoscope.app;

import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every item of one state tree reads: the current position and which branches to show open.
 * Moving to the next position also says which leaf paths a refresh has to visit.
 */
final class StateTreeSource {
    private CursorView view;
    /** The paths the view's event removed, sorted: a branch holding only those still shows. */
    private String[] removed;
    /** Branches the user opened (kept up to date as they open and close them). */
    final Set<String> expanded;
    /** Branches opened for the current position only, to show what its event changed. */
    final Set<String> revealed;

    StateTreeSource(CursorView view, Set<String> expanded, Set<String> revealed) {
        this.expanded = expanded;
        this.revealed = revealed;
        show(view);
    }

    CursorView view() {
        return view;
    }

    String[] removed() {
        return removed;
    }

    /**
     * Reads the next view. Returns the sorted leaf paths a refresh must visit to go from the view
     * shown before to this one, or null when the whole tree must be matched again (the view's
     * delta starts from a view the tree never showed, or most leaves differ).
     */
    String[] show(CursorView next) {
        CursorView was = view;
        view = next;
        removed = next.changes().stream().filter(c -> c.kind() == Change.Kind.REMOVED).map(Change::path)
                .sorted().toArray(String[]::new);
        LeafDelta delta = next.sinceLast();
        if (was == null || delta == null || delta.base() != was.paths()) return null;
        String[] changed = Stream.concat(was.changes().stream(), next.changes().stream()).map(Change::path)
                .sorted().distinct().toArray(String[]::new);
        return union(delta.paths(), changed);
    }

    /** The sorted union of two sorted arrays without repeats. */
    private static String[] union(String[] a, String[] b) {
        if (b.length == 0) return a;
        List<String> out = new ArrayList<>(a.length + b.length);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int order = i == a.length ? 1 : j == b.length ? -1 : a[i].compareTo(b[j]);
            out.add(order <= 0 ? a[i] : b[j]);
            if (order <= 0) i++;
            if (order >= 0) j++;
        }
        return out.toArray(String[]::new);
    }
}
