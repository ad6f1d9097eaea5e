package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.engine.Chronoscope;
import dev.chronoscope.engine.OpenRequest;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** Starts the window on the fake engine and reads what the user sees. */
abstract class GuiTestSupport {
    MainView view;
    FxRobot robot;
    final FakeOpener opener = new FakeOpener();

    void startWindow(Stage stage) {
        view = new MainView(stage, opener, freshPrefs("dev/chronoscope/test"));
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** Starts the window on the real engine, with its cache in {@code cache}. */
    void startWindowOnTheEngine(Stage stage, Path cache) {
        view = new MainView(stage, (log, listener, cancel) -> Chronoscope.open(
                new OpenRequest(log, null, null, null, cache, false), listener, cancel),
                freshPrefs("dev/chronoscope/test"));
        stage.show();
    }

    /**
     * Preferences that start empty: dividers the last run (or another worktree's run, the node is
     * per user) left elsewhere would change which rows the tests can see.
     */
    static AppPrefs freshPrefs(String node) {
        Preferences prefs = Preferences.userRoot().node(node);
        try {
            prefs.clear();
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException("cannot reset the test preferences " + node, e);
        }
        return new AppPrefs(prefs);
    }

    void open(String name) {
        FxWait.call(() -> {
            view.open(Path.of(name));
            return null;
        });
        settle();
    }

    void settle() {
        assertTrue(FxWait.settle(view.controller().background(), () -> !view.opening(), 20_000), "the window did not settle");
    }

    String text(String id) {
        return FxWait.call(() -> ((Label) robot.lookup(id).query()).getText());
    }

    String title() {
        return FxWait.call(() -> view.stage().getTitle());
    }

    long cursorOffset() {
        return FxWait.call(() -> view.model().cursor.get().offset());
    }

    /** The state tree's Value column for a path, or null when the path is not in the tree. */
    String stateValue(String path) {
        StateNode node = stateNode(path);
        return node == null ? null : node.valueText();
    }

    String stateChange(String path) {
        StateNode node = stateNode(path);
        return node == null ? null : node.changeText();
    }

    private StateNode stateNode(String path) {
        return FxWait.call(() -> {
            TreeItem<StateNode> root = view.model().cursor.get() == null ? null
                    : ((javafx.scene.control.TreeTableView<StateNode>) robot.lookup("#stateTree").query()).getRoot();
            if (root == null) return null;
            StateTreeItem item = ((StateTreeItem) root).find(path);
            return item == null ? null : item.getValue();
        });
    }
}
