package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * A tree refreshed through the leaves that differ ({@link LeafDelta}) shows exactly what a tree
 * built afresh for the same position shows: random states over names that sort awkwardly (a leaf
 * and a branch of one name, names with '-' and '.', which sort before '/'), random moves, random
 * open branches.
 */
class StateTreeRefreshTest {
    private static final String[] NAMES = {"a", "a-b", "a.c", "ab", "b", "b0", "c"};

    @Test
    void refreshingByTheDeltaShowsWhatAFreshTreeShows() {
        Random random = new Random(11);
        for (int run = 0; run < 200; run++) {
            Set<String> expanded = new HashSet<>();
            Set<String> revealed = new HashSet<>();
            TreeMap<String, JsonNode> state = randomState(random);
            CursorView shown = view(state, List.of(), null, null);
            StateTreeSource source = new StateTreeSource(shown, expanded, revealed);
            StateTreeItem root = StateTreeItem.root(source);
            for (int move = 0; move < 20; move++) {
                // The user opens and closes some of the branches in view.
                for (String branch : new java.util.TreeSet<>(branches(state))) {
                    StateTreeItem item = root.find(branch);
                    if (item != null && random.nextInt(3) == 0) item.setExpanded(random.nextInt(3) != 0);
                }
                open(root);
                TreeMap<String, JsonNode> next = random.nextInt(4) == 0 ? randomState(random) : step(state, random);
                List<Change> changes = changes(state, next, random);
                CursorView view = view(next, changes, state, shown);
                revealed.clear();
                for (Change c : changes) revealed.addAll(ancestors(c.path()));
                String[] touched = source.show(view);
                if (touched == null) root.refresh();
                else root.refresh(touched, 0, touched.length);
                StateTreeItem fresh = StateTreeItem.root(new StateTreeSource(view, expanded, revealed));
                open(fresh);
                assertEquals(rows(fresh), rows(root), "run " + run + " move " + move + " to " + next.keySet());
                state = next;
                shown = view;
            }
        }
    }

    @Test
    void aDeltaListsTheLeavesThatCameWentOrChanged() {
        String[] was = {"a/x", "a/y", "b"};
        JsonNode[] wasValues = {IntNode.valueOf(1), IntNode.valueOf(2), IntNode.valueOf(3)};
        String[] now = {"a/x", "a/z", "b"};
        JsonNode[] nowValues = {IntNode.valueOf(1), IntNode.valueOf(2), IntNode.valueOf(4)};
        LeafDelta delta = LeafDelta.between(was, wasValues, now, nowValues);
        assertNotNull(delta);
        assertEquals(List.of("a/y", "a/z", "b"), List.of(delta.paths()));
        assertNull(LeafDelta.between(null, null, now, nowValues), "nothing to start from");
    }

    /** Builds every open branch's children, as the tree view does for the rows it shows. */
    private static void open(TreeItem<StateNode> item) {
        if (item.isLeaf() || !item.isExpanded()) return;
        for (TreeItem<StateNode> c : item.getChildren()) open(c);
    }

    /** What the user sees: each open row's path, value and change, in order. */
    private static List<String> rows(TreeItem<StateNode> item) {
        List<String> out = new ArrayList<>();
        rows(item, out);
        return out;
    }

    private static void rows(TreeItem<StateNode> item, List<String> out) {
        StateNode n = item.getValue();
        out.add(n.path() + (n.leaf() ? " = " + n.valueText() + " [" + n.changeText() + "]" : item.isExpanded() ? " (open)" : ""));
        if (!item.isLeaf() && item.isExpanded()) for (TreeItem<StateNode> c : item.getChildren()) rows(c, out);
    }

    private static TreeMap<String, JsonNode> randomState(Random random) {
        TreeMap<String, JsonNode> state = new TreeMap<>();
        int leaves = random.nextInt(12);
        for (int i = 0; i < leaves; i++) state.put(randomPath(random), IntNode.valueOf(random.nextInt(3)));
        return state;
    }

    private static String randomPath(Random random) {
        int depth = 1 + random.nextInt(3);
        StringBuilder p = new StringBuilder(NAMES[random.nextInt(NAMES.length)]);
        for (int d = 1; d < depth; d++) p.append('/').append(NAMES[random.nextInt(NAMES.length)]);
        return p.toString();
    }

    /** A few leaves set, changed or removed, as one event does. */
    private static TreeMap<String, JsonNode> step(TreeMap<String, JsonNode> state, Random random) {
        TreeMap<String, JsonNode> next = new TreeMap<>(state);
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            String path = random.nextBoolean() || next.isEmpty() ? randomPath(random)
                    : new ArrayList<>(next.keySet()).get(random.nextInt(next.size()));
            if (random.nextInt(3) == 0) next.remove(path);
            else next.put(path, IntNode.valueOf(random.nextInt(3)));
        }
        return next;
    }

    /** The event's changes: some of the differences (a jump's view lists only the last event's). */
    private static List<Change> changes(Map<String, JsonNode> was, Map<String, JsonNode> now, Random random) {
        List<Change> out = new ArrayList<>();
        Set<String> paths = new HashSet<>(was.keySet());
        paths.addAll(now.keySet());
        for (String p : paths) {
            JsonNode before = was.get(p);
            JsonNode after = now.get(p);
            if (!java.util.Objects.equals(before, after) && random.nextInt(4) != 0) out.add(new Change(p, before, after));
        }
        return out;
    }

    private static CursorView view(TreeMap<String, JsonNode> state, List<Change> changes, TreeMap<String, JsonNode> unused,
                                   CursorView wasView) {
        String[] paths = state.keySet().toArray(String[]::new);
        JsonNode[] values = state.values().toArray(JsonNode[]::new);
        LeafDelta delta = wasView == null ? null : LeafDelta.between(wasView.paths(), wasView.values(), paths, values);
        return CursorView.of(0, 0, 0, null, -1, paths, values, changes, delta);
    }

    private static Set<String> branches(Map<String, JsonNode> state) {
        Set<String> out = new HashSet<>();
        for (String p : state.keySet()) out.addAll(ancestors(p));
        return out;
    }

    private static Set<String> ancestors(String path) {
        Set<String> out = new HashSet<>();
        int slash = path.indexOf('/');
        while (slash > 0) {
            out.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        return out;
    }
}
