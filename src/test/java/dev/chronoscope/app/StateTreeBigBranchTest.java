package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A branch the user opened holds thousands of entities and the cursor steps. Each step used to
 * match every child of the branch again, and a step that added or removed one entity replaced the
 * branch's whole child list, which the tree handles as every row going and coming back. Now a
 * step touches only the children on the paths that differ: the list changes by the one entity that
 * comes or goes, every other item stays the same object, and the user's row stays selected and in
 * view.
 */
@ExtendWith(ApplicationExtension.class)
class StateTreeBigBranchTest extends GuiTestSupport {
    private static final int LANES = 3_000;

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        startWindowOnTheEngine(stage, dir.resolve("cache"));
    }

    /**
     * One event per lane (the generic profile keeps entities/lane-i/Tick); then lane-1500 ticks
     * again (offset 3000) and a lane that sorts right after it appears (offset 3001).
     */
    private static Path log() throws IOException {
        Path log = dir.resolve("entities.jsonl");
        try (Writer w = Files.newBufferedWriter(log)) {
            for (int i = 0; i < LANES; i++) w.write(tick("lane-" + i, i));
            w.write(tick("lane-1500", LANES));
            w.write(tick("lane-1500a", LANES + 1));
        }
        return log;
    }

    private static String tick(String lane, long n) {
        return "{\"type\":\"Tick\",\"lane\":\"" + lane + "\",\"ts\":" + n * 1000 + ",\"n\":" + n + "}\n";
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<StateNode> tree() {
        return (TreeTableView<StateNode>) robot.lookup("#stateTree").query();
    }

    private TreeItem<StateNode> entities() {
        return FxWait.call(() -> ((StateTreeItem) tree().getRoot()).find("entities"));
    }

    private void moveTo(long k) {
        FxWait.call(() -> {
            view.controller().moveTo(k);
            return null;
        });
        settle();
        assertEquals(k, cursorOffset());
    }

    private int firstRowInView() {
        return FxWait.call(() -> ((VirtualFlow<?>) tree().lookup(".virtual-flow")).getFirstVisibleCell().getIndex());
    }

    @Test
    void steppingTouchesOnlyTheEntitiesThatChange(FxRobot robot) throws IOException {
        this.robot = robot;
        open(log().toString());
        moveTo(LANES - 1);
        TreeItem<StateNode> entities = entities();
        FxWait.call(() -> {
            entities.setExpanded(true);
            TreeItem<StateNode> chosen = ((StateTreeItem) tree().getRoot()).find("entities/lane-150");
            tree().getSelectionModel().select(chosen);
            tree().scrollTo(tree().getRow(chosen));
            return null;
        });
        settle();
        List<TreeItem<StateNode>> shown = FxWait.call(() -> new ArrayList<>(entities.getChildren()));
        assertEquals(LANES, shown.size());
        TreeItem<StateNode> selected = FxWait.call(() -> tree().getSelectionModel().getSelectedItem());
        int top = firstRowInView();
        List<String> edits = new ArrayList<>();
        ListChangeListener<TreeItem<StateNode>> record = c -> {
            while (c.next()) edits.add("+" + c.getAddedSize() + " -" + c.getRemovedSize());
        };
        FxWait.call(() -> {
            entities.getChildren().addListener(record);
            return null;
        });

        moveTo(LANES);
        assertEquals(String.valueOf(LANES), stateValue("entities/lane-1500/Tick/n"));
        assertEquals("was 1500", stateChange("entities/lane-1500/Tick/n"));
        assertEquals(List.of(), edits, "a changed value leaves the branch's children as they are");
        assertSameItems(shown, FxWait.call(() -> new ArrayList<>(entities.getChildren())));
        // The changed value opens just below the chosen row (lane-150 sorts before lane-1500), in view:
        // nothing needs to scroll.
        assertEquals(top, firstRowInView(), "the rows in view stay where they were");

        moveTo(LANES + 1);
        assertEquals(List.of("+1 -0"), edits, "the entity that appears is the one child added");
        List<TreeItem<StateNode>> grown = FxWait.call(() -> new ArrayList<>(entities.getChildren()));
        TreeItem<StateNode> lane1500 = shown.stream().filter(i -> i.getValue().path().equals("entities/lane-1500")).findFirst().orElseThrow();
        assertEquals("entities/lane-1500a", grown.get(grown.indexOf(lane1500) + 1).getValue().path(), "in its place");
        grown.removeIf(item -> item.getValue().path().equals("entities/lane-1500a"));
        assertSameItems(shown, grown);

        moveTo(LANES);
        assertEquals(List.of("+1 -0", "+0 -1"), edits, "and going back removes just it");
        assertSameItems(shown, FxWait.call(() -> new ArrayList<>(entities.getChildren())));
        assertSame(selected, FxWait.call(() -> tree().getSelectionModel().getSelectedItem()), "the user's row stays selected");
        assertTrue(FxWait.call(entities::isExpanded), "and the branch stays open");
    }

    private static void assertSameItems(List<TreeItem<StateNode>> expected, List<TreeItem<StateNode>> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) assertSame(expected.get(i), actual.get(i), "child " + i + " kept");
    }
}
