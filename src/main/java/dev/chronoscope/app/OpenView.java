package dev.chronoscope.app;

import dev.chronoscope.engine.IngestError;
import dev.chronoscope.engine.IngestProgress;
import dev.chronoscope.engine.LogSummary;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The opening panel (log name, progress by bytes, events/s, Cancel) shown over the window while a
 * log ingests, and the bad-records panel listing each unreadable record's position and reason.
 */
final class OpenView {
    /** Bad records listed at most; the title still counts them all. */
    private static final int MAX_LISTED = 5_000;
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label rate = new Label();
    private final Button cancel = new Button("Cancel");
    private final VBox overlay = new VBox(8);

    private final ListView<String> errorList = new ListView<>();
    private final Label errorTitle = new Label();
    private final BorderPane errorPanel = new BorderPane();
    private final Button closeErrors = new Button("Hide");

    OpenView() {
        title.getStyleClass().add("title-4");
        bar.setPrefWidth(360);
        cancel.setId("cancelOpen");
        overlay.setId("openProgress");
        overlay.getChildren().addAll(title, bar, rate, cancel);
        overlay.setAlignment(Pos.CENTER);
        overlay.setMaxSize(440, 160);
        overlay.setPadding(new Insets(16));
        overlay.getStyleClass().add("open-overlay");
        overlay.setVisible(false);

        errorList.setId("badRecords");
        errorList.setPrefHeight(120);
        errorList.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        errorTitle.setId("badRecordsTitle");
        closeErrors.setOnAction(e -> showErrors(false));
        HBox head = new HBox(8, errorTitle, closeErrors);
        head.setAlignment(Pos.CENTER_LEFT);
        head.setPadding(new Insets(4, 8, 4, 8));
        errorPanel.setTop(head);
        showErrors(false);
    }

    VBox overlay() {
        return overlay;
    }

    BorderPane errorPanel() {
        return errorPanel;
    }

    void onCancel(Runnable action) {
        cancel.setOnAction(e -> action.run());
    }

    void started(Path log) {
        title.setText("Opening " + log.getFileName());
        bar.setProgress(-1);
        rate.setText("Reading…");
        overlay.setVisible(true);
        errorList.getItems().clear();
        showErrors(false);
    }

    void progress(IngestProgress p) {
        bar.setProgress(p.totalBytes() > 0 ? p.fraction() : -1);
        rate.setText(String.format("%s · %d%% · %,d events · %,.0f events/s", p.phase(),
                Math.round(p.fraction() * 100), p.events(), p.eventsPerSecond()));
    }

    void addErrors(List<IngestError> errors) {
        for (IngestError e : errors) {
            if (errorList.getItems().size() >= MAX_LISTED) break;
            errorList.getItems().add(describe(e));
        }
        errorTitle.setText("Bad records: " + errorList.getItems().size());
        showErrors(!errorList.getItems().isEmpty());
    }

    void finished(LogSummary summary) {
        overlay.setVisible(false);
        if (summary.errors() > 0 && errorList.getItems().size() < summary.errorSamples().size()) {
            errorList.getItems().clear();
            for (IngestError e : summary.errorSamples()) errorList.getItems().add(describe(e));
        }
        if (summary.errors() > 0) {
            errorTitle.setText("Bad records: " + summary.errors()
                    + (summary.errors() > errorList.getItems().size() ? " (first " + errorList.getItems().size() + " listed)" : ""));
        }
        showErrors(!errorList.getItems().isEmpty());
    }

    void cancelled(Path log) {
        overlay.setVisible(false);
        errorList.getItems().clear();
        showErrors(false);
    }

    void failed(Path log, String message) {
        overlay.setVisible(false);
        if (errorList.getItems().isEmpty()) showErrors(false);
    }

    /** "name.jsonl: line 3: reason": the folder is the one the user opened, the name tells the batch file. */
    static String describe(IngestError e) {
        Path file = e.file() == null ? null : Path.of(e.file()).getFileName();
        String where = switch (e.positionKind()) {
            case "LINE" -> "line " + e.position();
            case "BYTE" -> "byte " + e.position();
            default -> "record " + e.position();
        };
        return (file == null ? "" : file + ": ") + where + ": " + e.reason();
    }

    private void showErrors(boolean show) {
        // Joins the scene when first needed: styling a list costs the window's first frame time.
        if (show && errorPanel.getCenter() == null) errorPanel.setCenter(errorList);
        errorPanel.setVisible(show);
        errorPanel.setManaged(show);
    }
}
