package dev.chronoscope.app;

import dev.chronoscope.engine.HeapPolicy;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launchApp} is what the launcher calls: the first argument is a log
 * to open; without one the bundled kernel sample opens, or the start page when it is not bundled.
 * The log starts opening before the FX toolkit starts (a cached log is ready by the time the window
 * is; an ingest waits until the window shows), and the window shows its progress at once.
 */
public final class ChronoscopeApp extends Application {
    /** The open started by launchApp, handed to the instance the toolkit creates. */
    private static volatile PendingOpen firstOpen;
    private MainView main;

    public static void launchApp(String[] args) {
        HeapPolicy.keepGrownHeap();
        Path log = args.length == 0 ? SampleLogs.kernel() : Path.of(args[0]);
        firstOpen = log == null ? null : PendingOpen.startHoldingIngest(SessionOpener.ENGINE, log);
        ToolkitWarnings.quietUnnamedModuleWarning();
        Application.launch(ChronoscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        AppPrefs prefs = AppPrefs.user();
        // The theme before the first control: otherwise the toolkit loads its default one for nothing.
        Theme.apply(prefs.dark());
        main = MainView.launch(stage, SessionOpener.ENGINE, prefs, firstOpen);
        firstOpen = null;
        stage.setOnCloseRequest(e -> main.dispose());
    }

    @Override
    public void stop() {
        if (main != null) main.dispose();
    }
}
