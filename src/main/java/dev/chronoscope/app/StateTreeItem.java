package dev.chronoscope.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * tree item would make the table rebuild every visible row, not only the cells that changed.
 */
final class StateTreeItem extends TreeItem<StateNode> {

    /** What every item of one tree reads: the current position and which branches to show open. */
    static final class Source {
        CursorView view;
        /** Branches the user opened (kept up to date as they open and close them). */
        final Set<String> expanded;
        /** Branches opened for the current position only, to show what its event changed. */
        final Set<String> revealed;

        Source(CursorView view, Set<String> expanded, Set<String> revealed) {
            this.view = view;
            this.expanded = expanded;
            this.revealed = revealed;
        }
    }

    private final Source source;
    private boolean built;
    /** True while the tree itself opens or closes this branch, which is not the user's choice. */
    private boolean opening;

    StateTreeItem(Source source, StateNode node) {
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
        String key() {
            return StateTreeItem.key(path, leaf);
        }

        StateNode node() {
            return leaf ? StateNode.leaf(name, path, value, kind, before) : StateNode.branch(name, path);
        }
    }

    static StateTreeItem root(Source source) {
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
        if (getValue().leaf()) return;
        openAsShown();
        if (!built) return;
        if (!isExpanded()) {
            built = false;
            return;
        }
        List<Child> now = children();
        ObservableList<TreeItem<StateNode>> kids = super.getChildren();
        if (samePaths(kids, now)) {
            for (int i = 0; i < now.size(); i++) update((StateTreeItem) kids.get(i), now.get(i));
            return;
        }
        Map<String, StateTreeItem> byKey = new HashMap<>();
        for (TreeItem<StateNode> k : kids) {
            StateNode n = k.getValue();
            byKey.put(key(n.path(), n.leaf()), (StateTreeItem) k);
        }
        List<TreeItem<StateNode>> out = new ArrayList<>(now.size());
        for (Child c : now) {
            StateTreeItem same = byKey.get(c.key());
            if (same == null) out.add(new StateTreeItem(source, c.node()));
            else {
                update(same, c);
                out.add(same);
            }
        }
        kids.setAll(out);
    }

    /** Leaves and branches may share a path ("a" the value and "a" the branch): keep them apart. */
    private static String key(String path, boolean leaf) {
        return leaf ? path + "\u0000" : path;
    }

    private static void update(StateTreeItem item, Child c) {
        item.getValue().show(c.value(), c.kind(), c.before());
        item.refresh();
    }

    private static boolean samePaths(List<TreeItem<StateNode>> items, List<Child> now) {
        if (items.size() != now.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            StateNode was = items.get(i).getValue();
            if (was.leaf() != now.get(i).leaf() || !was.path().equals(now.get(i).path())) return false;
        }
        return true;
    }

    private List<Child> children() {
        CursorView view = source.view;
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
        for (TreeItem<StateNode> c : getChildren()) {
            String p = c.getValue().path();
            if (path.equals(p) || path.startsWith(p + "/")) {
                StateTreeItem hit = ((StateTreeItem) c).find(path);
                if (hit != null) return hit;
            }
        }
        return null;
    }
}
