package dev.chronoscope.app;

import dev.chronoscope.replay.Change;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The state at the cursor as a lazily built tree. Refreshed in place for each cursor position (so
 * the table keeps its rows), keeping which branches are open and which row is selected; the branches holding what the cursor's event changed
 * are opened and those leaves styled added / changed / removed. The context menu asks for the
 * history of a value.
 */
final class StatePanel {
    /** Pseudo-classes state-added / state-changed / state-removed, by {@link Change.Kind} ordinal. */
    static final PseudoClass[] KIND_STYLE = {PseudoClass.getPseudoClass("state-added"),
            PseudoClass.getPseudoClass("state-changed"), PseudoClass.getPseudoClass("state-removed")};
    private final AppModel model;
    private final TreeTableView<StateNode> tree = new TreeTableView<>();
    private final Set<String> expanded = new HashSet<>();
    /** Branches opened for the current position only; refilled at each move. */
    private final Set<String> revealed = new HashSet<>();
    /** What the shown tree reads; null while no tree is shown. */
    private StateTreeSource source;
    private final Consumer<String> onHistory;
    private VirtualFlow<?> flow;

    StatePanel(AppModel model, Consumer<String> onHistory) {
        this.model = model;
        this.onHistory = onHistory;
        tree.setId("stateTree");
        tree.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        tree.setShowRoot(false);
        // Fixed rows spare the virtual flow from measuring cells each time the rows change.
        tree.setFixedCellSize(24);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.setPlaceholder(new Label("The state is empty at this offset"));
        TreeTableColumn<StateNode, String> name = new TreeTableColumn<>("Path");
        name.setPrefWidth(240);
        name.setCellValueFactory(f -> f.getValue().getValue().nameTextProperty());
        TreeTableColumn<StateNode, String> value = new TreeTableColumn<>("Value");
        value.setPrefWidth(200);
        value.setCellValueFactory(f -> f.getValue().getValue().valueTextProperty());
        TreeTableColumn<StateNode, String> change = new TreeTableColumn<>("Changed here");
        change.setPrefWidth(200);
        change.setCellValueFactory(f -> f.getValue().getValue().changeTextProperty());
        tree.getColumns().add(name);
        tree.getColumns().add(value);
        tree.getColumns().add(change);
        tree.setRowFactory(t -> new KindRow());
        MenuItem history = new MenuItem("History of this value");
        history.setId("historyOfValue");
        history.setOnAction(e -> selectedPath(onHistory));
        MenuItem copyPath = new MenuItem("Copy path");
        copyPath.setOnAction(e -> selectedPath(StatePanel::copy));
        ContextMenu menu = new ContextMenu(history, copyPath);
        tree.setContextMenu(menu);
        // Platforms without context-menu events (Monocle) still open the menu on a right click.
        tree.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) menu.show(tree, e.getScreenX(), e.getScreenY());
        });
        tree.skinProperty().addListener((o, a, skin) -> flow = tree.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null);
        model.cursor.addListener((o, a, v) -> show(v));
        model.log.addListener((o, a, b) -> expanded.clear());
    }

    /**
     * A row styled added / changed / removed by its node's change, which it follows while it shows
     * the node: a move that changes a leaf in place restyles that leaf's row alone.
     */
    private static final class KindRow extends TreeTableRow<StateNode> {
        private final InvalidationListener kindChanged = o -> showKind();
        private StateNode shown;

        @Override
        protected void updateItem(StateNode node, boolean empty) {
            super.updateItem(node, empty);
            StateNode now = empty ? null : node;
            if (now != shown) {
                if (shown != null) shown.kindProperty().removeListener(kindChanged);
                if (now != null) now.kindProperty().addListener(kindChanged);
                shown = now;
            }
            showKind();
        }

        private void showKind() {
            Change.Kind kind = shown == null ? null : shown.kind();
            for (Change.Kind k : Change.Kind.values()) pseudoClassStateChanged(KIND_STYLE[k.ordinal()], k == kind);
        }
    }

    TreeTableView<StateNode> view() {
        return tree;
    }

    void historyOfSelected() {
        selectedPath(onHistory);
    }

    private void selectedPath(Consumer<String> action) {
        TreeItem<StateNode> item = tree.getSelectionModel().getSelectedItem();
        if (item != null) action.accept(item.getValue().path());
    }

    private static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void show(CursorView v) {
        if (v == null) {
            tree.setRoot(null);
            source = null;
            return;
        }
        TreeItem<StateNode> old = tree.getSelectionModel().getSelectedItem();
        String selectedPath = old == null ? null : old.getValue().path();
        TreeItem<StateNode> focused = tree.getFocusModel().getFocusedItem();
        String focusedPath = focused == null ? null : focused.getValue().path();
        // While a row has the focus, the focus model looks up the row of every child a branch gains,
        // each from the root: a branch filling with 40,000 entries held the FX thread for minutes.
        if (focused != null) tree.getFocusModel().focus(-1);
        revealed.clear();
        if (v.changes().size() <= 50) {
            for (Change c : v.changes()) ancestors(c.path(), revealed);
        }
        StateTreeItem root;
        if (source == null) {
            source = new StateTreeSource(v, expanded, revealed);
            root = StateTreeItem.root(source);
            tree.setRoot(root);
        } else {
            String[] touched = source.show(v);
            root = (StateTreeItem) tree.getRoot();
            if (touched == null) root.refresh();
            else root.refresh(touched, 0, touched.length);
        }
        showTopIfShrunkPastView();
        if (selectedPath != null) {
            StateTreeItem again = root.find(selectedPath);
            if (again != null && again != tree.getSelectionModel().getSelectedItem()) tree.getSelectionModel().select(again);
        }
        if (focusedPath != null && tree.getFocusModel().getFocusedIndex() < 0) {
            StateTreeItem again = root.find(focusedPath);
            if (again != null) tree.getFocusModel().focus(tree.getRow(again));
        }
        if (!v.changes().isEmpty()) {
            StateTreeItem changed = root.find(v.changes().get(0).path());
            // Scrolling gives every row a new index, restyling each: only when the row is out of view.
            if (changed != null && !visible(tree.getRow(changed))) tree.scrollTo(Math.max(0, tree.getRow(changed) - 2));
        }
    }

    /**
     * When the tree now ends above the rows on screen (the user had scrolled far down a branch that
     * the move shrank), moves the view to its top before the virtual flow learns the new row count:
     * it would lay out rows from its old scroll offset against the new count, past the end, and log
     * "index exceeds maxCellCount" before clamping itself. The offset is in pixels of the old rows,
     * so only the top is a place both counts agree on; the changed row is scrolled to next.
     */
    private void showTopIfShrunkPastView() {
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (last != null && last.getIndex() >= tree.getExpandedItemCount()) flow.setPosition(0);
    }

    /** Whether the row is on screen, clear of the first and last rows, which may be cut off. */
    private boolean visible(int row) {
        if (row < 0 || flow == null) return false;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && row > first.getIndex() && row < last.getIndex();
    }

    private static void ancestors(String path, Set<String> into) {
        int slash = path.indexOf('/');
        while (slash > 0) {
            into.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
    }
}
