package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The state leaves that differ between two cursor positions (added, removed, or holding another
 * value), found on the cursor thread by merging the two sorted leaf arrays. The state tree then
 * touches only the items on those paths: a step in a log with thousands of entities under one
 * open branch updates one row instead of matching thousands.
 *
 * @param base  the leaf paths of the view this delta starts from, compared by identity: the FX
 *              thread may have skipped that view (views are coalesced), and then cannot use it
 * @param paths the differing leaf paths, sorted
 */
record LeafDelta(String[] base, String[] paths) {

    /**
     * The delta from one position's leaves to the next's, or null when there is no earlier position
     * or so much differs that matching every child again costs no more.
     */
    static LeafDelta between(String[] oldPaths, JsonNode[] oldValues, String[] newPaths, JsonNode[] newValues) {
        if (oldPaths == null) return null;
        int most = Math.max(64, Math.max(oldPaths.length, newPaths.length) / 4);
        List<String> differ = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < oldPaths.length || j < newPaths.length) {
            int order = i == oldPaths.length ? 1 : j == newPaths.length ? -1
                    : oldPaths[i] == newPaths[j] ? 0 : oldPaths[i].compareTo(newPaths[j]);
            if (order < 0) differ.add(oldPaths[i++]);
            else if (order > 0) differ.add(newPaths[j++]);
            else {
                JsonNode was = oldValues[i++];
                JsonNode now = newValues[j];
                if (was != now && (was == null || !was.equals(now))) differ.add(newPaths[j]);
                j++;
            }
            if (differ.size() > most) return null;
        }
        return new LeafDelta(oldPaths, differ.toArray(String[]::new));
    }
}
