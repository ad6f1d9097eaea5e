package dev.chronoscope.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the main window with a log open at an offset to a PNG, without showing a window: the
 * scene is laid out off-screen, the open and the seek run as in the app, and the scene is
 * snapshotted once everything has settled. Starts the FX toolkit when it is not running.
 */
public final class Screenshots {
    private Screenshots() {}

    public static void render(Path log, long at, Path outPng, int width, int height, boolean dark) throws IOException {
        render(SessionOpener.ENGINE, log, at, outPng, width, height, dark);
    }

    static void render(SessionOpener opener, Path log, long at, Path outPng, int width, int height) throws IOException {
        render(opener, log, at, outPng, width, height, false);
    }

    static void render(SessionOpener opener, Path log, long at, Path outPng, int width, int height, boolean dark)
            throws IOException {
        startToolkit();
        AppPrefs prefs = new AppPrefs(Preferences.userRoot().node("dev/chronoscope/screenshot"));
        prefs.setDark(dark);
        MainView view = FxWait.call(() -> {
            MainView v = new MainView(new Stage(), opener, prefs, false, width, height);
            v.open(log);
            return v;
        });
        try {
            FxWait.settle(view.controller().background(), () -> !view.opening(), 600_000);
            String failure = FxWait.call(view::lastFailure);
            if (FxWait.call(() -> view.model().log.get()) == null) {
                throw new IOException(failure == null || failure.isEmpty() ? "Could not open " + log : failure);
            }
            long count = FxWait.call(() -> view.model().eventCount());
            if (at < -1 || at >= Math.max(1, count)) {
                // As the commands say for --at: a picture of another offset would pass for this one.
                throw new IOException("--at " + at + " is outside the log: "
                        + (count == 0 ? "the log has no events" : "valid offsets are -1.." + (count - 1)));
            }
            FxWait.call(() -> {
                layout(view, width, height);
                view.controller().moveTo(at);
                return null;
            });
            FxWait.settle(view.controller().background(), () -> {
                CursorView c = view.model().cursor.get();
                return c != null && c.offset() == Math.min(at, view.model().eventCount() - 1);
            }, 60_000);
            FxWait.call(() -> {
                layout(view, width, height);
                return null;
            });
            FxWait.settle(view.controller().background(), () -> true, 30_000);
            WritableImage image = FxWait.call(() -> {
                layout(view, width, height);
                return view.scene().snapshot(null);
            });
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            ImageIO.write(png, "png", outPng.toFile());
        } finally {
            FxWait.call(() -> {
                view.dispose();
                return null;
            });
        }
    }

    private static void layout(MainView view, int width, int height) {
        var root = view.scene().getRoot();
        root.resize(width, height);
        root.applyCss();
        root.layout();
    }

    static void startToolkit() {
        ToolkitWarnings.quietUnnamedModuleWarning();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit runs already (the app or a test started it): use it as it is.
        }
        Platform.setImplicitExit(false);
    }
}
