package dev.chronoscope.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. {@link #launchApp} is what the launcher calls: the first argument is a log
 * to open; without one the bundled kernel sample opens, or the start page when it is not bundled.
 */
public final class ChronoscopeApp extends Application {
    private MainView main;

    public static void launchApp(String[] args) {
        Application.launch(ChronoscopeApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        main = new MainView(stage, SessionOpener.ENGINE, AppPrefs.user());
        stage.setOnCloseRequest(e -> main.dispose());
        stage.show();
        List<String> args = getParameters().getUnnamed();
        Path log = args.isEmpty() ? SampleLogs.kernel() : Path.of(args.get(0));
        if (log != null) main.open(log);
    }

    @Override
    public void stop() {
        if (main != null) main.dispose();
    }
}
