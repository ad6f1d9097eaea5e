package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A state tree node whose children are made only when the user opens it, from the sorted leaf
 * paths of a {@link CursorView} (a prefix's leaves are one contiguous run of the sorted array).
 * Leaves the cursor's event removed are merged in so they can be shown struck through.
 *
 * <p>One tree lives as long as the cursor has a position: a move {@link #refresh refreshes} it in
 * place, so the open branches keep their items and the table keeps its cells. A kept item keeps its
 * {@link StateNode} too, which shows the new value and change itself: setting a new value on a
 * tree item would make the table rebuild every visible row, not only the cells that changed. A
 * move visits only the children on the leaf paths that differ from the position shown before
 * ({@link LeafDelta}), so a step beside a branch of thousands of entities costs what the step
 * changed, and an entity that comes or goes is one row inserted or removed, not the branch's whole
 * child list replaced.
 */
final class StateTreeItem extends TreeItem<StateNode> {

    private final StateTreeSource source;
    private boolean built;
    /** True while the tree itself opens or closes this branch, which is not the user's choice. */
    private boolean opening;

    StateTreeItem(StateTreeSource source, StateNode node) {
        super(node);
        this.source = source;
        if (!node.leaf()) {
            openAsShown();
            expandedProperty().addListener((o, was, now) -> {
                if (opening || getValue().path().isEmpty()) return;
                if (now) source.expanded.add(getValue().path());
                else source.expanded.remove(getValue().path());
            });
        }
    }

    /** A child as the current view has it, before it is matched with the item already showing it. */
    private record Child(String name, String path, boolean leaf, JsonNode value, Change.Kind kind, JsonNode before) {
        StateNode node() {
            return leaf ? StateNode.leaf(name, path, value, kind, before) : StateNode.branch(name, path);
        }
    }

    static StateTreeItem root(StateTreeSource source) {
        return new StateTreeItem(source, StateNode.branch("state", ""));
    }

    private void openAsShown() {
        String path = getValue().path();
        opening = true;
        try {
            setExpanded(path.isEmpty() || source.expanded.contains(path) || source.revealed.contains(path));
        } finally {
            opening = false;
        }
    }

    @Override
    public boolean isLeaf() {
        return getValue().leaf();
    }

    @Override
    public ObservableList<TreeItem<StateNode>> getChildren() {
        if (!built) {
            built = true;
            List<TreeItem<StateNode>> out = new ArrayList<>();
            for (Child c : children()) out.add(new StateTreeItem(source, c.node()));
            super.getChildren().setAll(out);
        }
        return super.getChildren();
    }

    /**
     * Shows the source's current view: this branch open or closed as it should be, its built
     * children matched to the new ones by path (kept, each showing its new value and change). A
     * closed branch forgets its children and builds them again when it is opened.
     */
    void refresh() {
        if (!childrenStayBuilt()) return;
        List<Child> now = children();
        ObservableList<TreeItem<StateNode>> kids = super.getChildren();
        // Both lists are in key order: one merge pairs the kept items and finds those that come and go.
        List<TreeItem<StateNode>> out = new ArrayList<>(now.size());
        List<Integer> going = new ArrayList<>();
        List<Integer> coming = new ArrayList<>();
        int i = 0;
        for (int j = 0; j < now.size(); j++) {
            Child c = now.get(j);
            int order = -1;
            while (i < kids.size() && (order = compareKeys(kids.get(i).getValue(), c.path(), c.leaf())) < 0) going.add(i++);
            if (i < kids.size() && order == 0) {
                StateTreeItem same = (StateTreeItem) kids.get(i++);
                update(same, c);
                out.add(same);
            } else {
                coming.add(j);
                out.add(new StateTreeItem(source, c.node()));
            }
        }
        while (i < kids.size()) going.add(i++);
        if (going.size() + coming.size() > MOST_SINGLE_INSERTS) kids.setAll(out);
        else {
            // One by one, so that the tree sees a few rows come and go, not every row replaced.
            for (int g = going.size() - 1; g >= 0; g--) kids.remove((int) going.get(g));
            for (int j : coming) kids.add(j, out.get(j));
        }
    }

    /**
     * Opens or closes this branch as the source shows it; true when it then has built children to
     * match. A closed branch forgets its children, and builds them again when it is opened.
     */
    private boolean childrenStayBuilt() {
        if (getValue().leaf()) return false;
        openAsShown();
        if (!built) return false;
        if (!isExpanded()) {
            built = false;
            return false;
        }
        return true;
    }

    /**
     * Like {@link #refresh()}, but looks only at the children on the touched paths (the leaves that
     * differ from the view shown before, and those whose change at the cursor appears or goes;
     * sorted, and touched[from..to) all below this branch). The other children are not visited: a
     * step that changes one entity among thousands costs a few binary searches. A child that
     * appears or goes is inserted or removed on its own, so the tree keeps every other item and
     * row; when many do, the branch is matched whole as {@link #refresh()} does.
     */
    void refresh(String[] touched, int from, int to) {
        if (!childrenStayBuilt()) return;
        String prefix = prefix();
        // Most children touched (a long jump): matching them all in one pass costs less. Counted
        // while grouping, so that such a move stops grouping early.
        int most = Math.max(64, super.getChildren().size() / 4);
        List<Touch> touches = new ArrayList<>();
        int i = from;
        while (i < to) {
            String path = touched[i];
            int slash = path.indexOf('/', prefix.length());
            int end = i + 1;
            // The run of paths below the same child: they share the path up to and with its slash.
            if (slash >= 0) while (end < to && touched[end].regionMatches(0, path, 0, slash + 1)) end++;
            if (touches.size() == most) {
                refresh();
                return;
            }
            touches.add(new Touch(path.substring(prefix.length(), slash < 0 ? path.length() : slash), slash < 0, i, end));
            i = end;
        }
        List<StateTreeItem> items = new ArrayList<>(touches.size());
        List<Child> now = new ArrayList<>(touches.size());
        int appearing = 0;
        for (Touch t : touches) {
            int at = indexOf(prefix + t.name(), t.leaf());
            StateTreeItem item = at >= 0 ? (StateTreeItem) super.getChildren().get(at) : null;
            Child child = childNow(prefix, t.name(), t.leaf());
            if ((item == null) != (child == null)) appearing++;
            items.add(item);
            now.add(child);
        }
        if (appearing > MOST_SINGLE_INSERTS) {
            refresh();
            return;
        }
        ObservableList<TreeItem<StateNode>> kids = super.getChildren();
        for (int t = 0; t < touches.size(); t++) {
            StateTreeItem item = items.get(t);
            Child child = now.get(t);
            if (child == null) {
                if (item != null) kids.remove(item);
            } else if (item == null) kids.add(-indexOf(child.path(), child.leaf()) - 1, new StateTreeItem(source, child.node()));
            else if (child.leaf()) item.getValue().show(child.value(), child.kind(), child.before());
            else item.refresh(touched, touches.get(t).from(), touches.get(t).to());
        }
    }

    /**
     * Children appearing or going in one refresh beyond which the branch is matched whole: each
     * insertion or removal is an event the tree's selection and focus handle on their own.
     */
    private static final int MOST_SINGLE_INSERTS = 8;

    /** A child on touched paths: its name, whether it is a leaf, and the touched paths below it. */
    private record Touch(String name, boolean leaf, int from, int to) {}

    /** The child name of this branch as the current view has it, or null when it has none. */
    private Child childNow(String prefix, String name, boolean leaf) {
        CursorView view = source.view();
        String path = prefix + name;
        if (leaf) {
            Change c = view.changeByPath().get(path);
            if (c != null && c.kind() == Change.Kind.REMOVED) return new Child(name, path, true, null, c.kind(), c.before());
            int i = Arrays.binarySearch(view.paths(), path);
            if (i < 0) return null;
            return new Child(name, path, true, view.values()[i], c == null ? null : c.kind(), c == null ? null : c.before());
        }
        String under = path + "/";
        return holdsPrefix(view.paths(), under) || holdsPrefix(source.removed(), under)
                ? new Child(name, path, false, null, null, null) : null;
    }

    private static boolean holdsPrefix(String[] sorted, String prefix) {
        int i = Arrays.binarySearch(sorted, prefix);
        if (i < 0) i = -i - 1;
        return i < sorted.length && sorted[i].startsWith(prefix);
    }

    private static void update(StateTreeItem item, Child c) {
        item.getValue().show(c.value(), c.kind(), c.before());
        item.refresh();
    }

    /**
     * Orders a child as {@link #key} does without building the key: by path, a leaf after the
     * branch of the same path.
     */
    private static int compareKeys(StateNode node, String path, boolean leaf) {
        String a = node.path();
        int common = Math.min(a.length(), path.length());
        for (int k = 0; k < common; k++) {
            char x = a.charAt(k);
            char y = path.charAt(k);
            if (x != y) return x - y;
        }
        if (a.length() != path.length()) return a.length() - path.length();
        return Boolean.compare(node.leaf(), leaf);
    }

    private List<Child> children() {
        CursorView view = source.view();
        String prefix = getValue().path().isEmpty() ? "" : getValue().path() + "/";
        TreeMap<String, Child> children = new TreeMap<>();
        String[] paths = view.paths();
        int i = view.lowerBound(prefix);
        while (i < paths.length && paths[i].startsWith(prefix)) {
            String rest = paths[i].substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                Change c = view.changeByPath().get(paths[i]);
                children.put(rest + "\u0000", new Child(rest, paths[i], true, view.values()[i],
                        c == null ? null : c.kind(), c == null ? null : c.before()));
                i++;
            } else {
                String seg = rest.substring(0, slash);
                children.putIfAbsent(seg, new Child(seg, prefix + seg, false, null, null, null));
                // Every path under prefix+seg+"/" sorts before prefix+seg+"0" ('0' follows '/').
                i = Math.max(i + 1, view.lowerBound(prefix + seg + "0"));
            }
        }
        for (Change c : view.changes()) {
            if (c.kind() != Change.Kind.REMOVED || !c.path().startsWith(prefix)) continue;
            String rest = c.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) children.put(rest + "\u0000", new Child(rest, c.path(), true, null, c.kind(), c.before()));
            else {
                String seg = rest.substring(0, slash);
                children.putIfAbsent(seg, new Child(seg, prefix + seg, false, null, null, null));
            }
        }
        return new ArrayList<>(children.values());
    }

    /** The item for path among the open branches below this one, or null. */
    StateTreeItem find(String path) {
        if (getValue().path().equals(path)) return this;
        if (!built && !isExpanded()) return null;
        String prefix = prefix();
        if (!path.startsWith(prefix)) return null;
        ObservableList<TreeItem<StateNode>> kids = getChildren();
        String rest = path.substring(prefix.length());
        int slash = rest.indexOf('/');
        String seg = slash < 0 ? rest : rest.substring(0, slash);
        int branch = indexOf(prefix + seg, false);
        if (branch >= 0) {
            StateTreeItem hit = ((StateTreeItem) kids.get(branch)).find(path);
            if (hit != null) return hit;
        }
        int leaf = slash < 0 ? indexOf(path, true) : -1;
        return leaf >= 0 ? (StateTreeItem) kids.get(leaf) : null;
    }

    /** Where the child with this path sits among the built children, or -(insertion point) - 1. */
    private int indexOf(String path, boolean leaf) {
        List<TreeItem<StateNode>> kids = super.getChildren();
        int lo = 0;
        int hi = kids.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int order = compareKeys(kids.get(mid).getValue(), path, leaf);
            if (order < 0) lo = mid + 1;
            else if (order > 0) hi = mid - 1;
            else return mid;
        }
        return -lo - 1;
    }

    private String prefix() {
        return getValue().path().isEmpty() ? "" : getValue().path() + "/";
    }
}
