package dev.chronoscope.app;

import dev.chronoscope.replay.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * A state tree node whose children are made only when the user opens it, from the sorted leaf
 * paths of a {@link CursorView} (a prefix's leaves are one contiguous run of the sorted array).
 * Leaves the cursor's event removed are merged in so they can be shown struck through.
 */
final class StateTreeItem extends TreeItem<StateNode> {
    private final CursorView view;
    private final Set<String> expanded;
    private final Set<String> revealed;
    private boolean built;

    /**
     * @param expanded branches the user opened (kept up to date as they open and close them)
     * @param revealed branches opened for this cursor position only, to show what its event changed
     */
    StateTreeItem(CursorView view, StateNode node, Set<String> expanded, Set<String> revealed) {
        super(node);
        this.view = view;
        this.expanded = expanded;
        this.revealed = revealed;
        if (!node.leaf()) {
            setExpanded(node.path().isEmpty() || expanded.contains(node.path()) || revealed.contains(node.path()));
            expandedProperty().addListener((o, was, now) -> {
                if (node.path().isEmpty()) return;
                if (now) expanded.add(node.path());
                else expanded.remove(node.path());
            });
        }
    }

    static StateTreeItem root(CursorView view, Set<String> expanded, Set<String> revealed) {
        return new StateTreeItem(view, new StateNode("state", "", false, null, null, null), expanded, revealed);
    }

    @Override
    public boolean isLeaf() {
        return getValue().leaf();
    }

    @Override
    public ObservableList<TreeItem<StateNode>> getChildren() {
        if (!built) {
            built = true;
            super.getChildren().setAll(buildChildren());
        }
        return super.getChildren();
    }

    private List<TreeItem<StateNode>> buildChildren() {
        String prefix = getValue().path().isEmpty() ? "" : getValue().path() + "/";
        TreeMap<String, StateNode> children = new TreeMap<>();
        String[] paths = view.paths();
        int i = view.lowerBound(prefix);
        while (i < paths.length && paths[i].startsWith(prefix)) {
            String rest = paths[i].substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                Change c = view.changeByPath().get(paths[i]);
                children.put(rest + "\u0000", new StateNode(rest, paths[i], true, view.values()[i],
                        c == null ? null : c.kind(), c == null ? null : c.before()));
                i++;
            } else {
                String seg = rest.substring(0, slash);
                children.putIfAbsent(seg, new StateNode(seg, prefix + seg, false, null, null, null));
                // Every path under prefix+seg+"/" sorts before prefix+seg+"0" ('0' follows '/').
                i = Math.max(i + 1, view.lowerBound(prefix + seg + "0"));
            }
        }
        for (Change c : view.changes()) {
            if (c.kind() != Change.Kind.REMOVED || !c.path().startsWith(prefix)) continue;
            String rest = c.path().substring(prefix.length());
            int slash = rest.indexOf('/');
            if (slash < 0) children.put(rest + "\u0000", new StateNode(rest, c.path(), true, null, c.kind(), c.before()));
            else {
                String seg = rest.substring(0, slash);
                children.putIfAbsent(seg, new StateNode(seg, prefix + seg, false, null, null, null));
            }
        }
        List<TreeItem<StateNode>> out = new ArrayList<>(children.size());
        for (StateNode n : children.values()) out.add(new StateTreeItem(view, n, expanded, revealed));
        return out;
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
