package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A state whose one branch holds tens of thousands of entries (one per lane of a log with as many
 * lanes): moving the cursor from where it holds one to where it holds them all fills the branch
 * with every new entry at once. The tree's focus model shifted its focused row once per added item,
 * looking up each item's row from the root, which kept the FX thread busy for minutes; now the
 * window settles at once and the row the user had chosen stays chosen.
 */
@ExtendWith(ApplicationExtension.class)
class StateTreeWideTest extends GuiTestSupport {
    private static final int LANES = 40_000;

    @TempDir
    static Path dir;

    @Start
    void start(Stage stage) {
        startWindowOnTheEngine(stage, dir.resolve("cache"));
    }

    /** One event per lane, lane i at i µs: the generic profile folds them into entities/lane-i/Tick. */
    private static Path wideLog() throws IOException {
        Path log = dir.resolve("wide.jsonl");
        if (Files.exists(log)) return log;
        try (Writer w = Files.newBufferedWriter(log)) {
            for (int i = 0; i < LANES; i++) {
                w.write("{\"type\":\"Tick\",\"lane\":\"lane-" + i + "\",\"ts\":" + i * 1000L + ",\"n\":" + i + "}\n");
            }
        }
        return log;
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<StateNode> tree() {
        return (TreeTableView<StateNode>) robot.lookup("#stateTree").query();
    }

    /**
     * The user scrolled far down the big branch, then moves the cursor to where it holds a few
     * hundred entries: the tree shrinks below the row it showed. Its virtual flow then laid out rows
     * past the new end ("index exceeds maxCellCount" on stderr) instead of showing the changed row.
     */
    @Test
    void shrinkingTheTreeBelowTheRowsInViewShowsTheChangedRow(FxRobot robot) throws IOException {
        this.robot = robot;
        List<String> flowComplaints = new ArrayList<>();
        Handler complaints = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (flowComplaints) {
                    flowComplaints.add(r.getMessage());
                }
            }

            @Override
            public void flush() { }

            @Override
            public void close() { }
        };
        Logger controls = Logger.getLogger("javafx.scene.control");
        controls.addHandler(complaints);
        try {
            open(wideLog().toString());
            robot.type(KeyCode.END);
            settle();
            FxWait.call(() -> {
                tree().scrollTo(LANES / 2);
                return null;
            });
            settle();
            FxWait.call(() -> {
                view.controller().moveTo(380);
                return null;
            });
            settle();
            int changedRow = FxWait.call(() -> tree().getRow(((StateTreeItem) tree().getRoot()).find("entities/lane-380/Tick/n")));
            assertTrue(changedRow > 300, "the changed entry is far down the branch: row " + changedRow);
            VirtualFlow<?> flow = FxWait.call(() -> (VirtualFlow<?>) tree().lookup(".virtual-flow"));
            int first = FxWait.call(() -> flow.getFirstVisibleCell().getIndex());
            int last = FxWait.call(() -> flow.getLastVisibleCell().getIndex());
            assertTrue(first <= changedRow && changedRow <= last, "row " + changedRow + " in view: " + first + ".." + last);
            assertEquals(List.of(), flowComplaints, "the tree's rows were laid out past its end");
        } finally {
            controls.removeHandler(complaints);
        }
    }

    @Test
    void fillingABranchWithTensOfThousandsOfEntriesKeepsTheWindowResponsive(FxRobot robot) throws IOException {
        this.robot = robot;
        open(wideLog().toString());
        assertEquals("0", stateValue("entities/lane-0/Tick/n"));
        // The user picks a row: the tree then has a focused row, which the focus model keeps track of.
        FxWait.call(() -> {
            TreeItem<StateNode> entities = ((StateTreeItem) tree().getRoot()).find("entities");
            tree().getSelectionModel().select(entities);
            return null;
        });
        robot.type(KeyCode.END);
        settle();
        assertEquals(LANES - 1, cursorOffset());
        assertEquals(String.valueOf(LANES - 1), stateValue("entities/lane-" + (LANES - 1) + "/Tick/n"));
        assertEquals(LANES, FxWait.call(() -> ((StateTreeItem) tree().getRoot()).find("entities").getChildren().size()));
        TreeItem<StateNode> selected = FxWait.call(() -> tree().getSelectionModel().getSelectedItem());
        assertNotNull(selected);
        assertEquals("entities", selected.getValue().path(), "the chosen row stays chosen");
        assertEquals(FxWait.call(() -> tree().getRow(selected)),
                FxWait.call(() -> tree().getFocusModel().getFocusedIndex()), "and keeps the focus");

        robot.type(KeyCode.HOME);
        settle();
        assertEquals(1, FxWait.call(() -> ((StateTreeItem) tree().getRoot()).find("entities").getChildren().size()));
        assertTrue(FxWait.call(() -> tree().getFocusModel().getFocusedIndex()) >= 0);
    }
}
