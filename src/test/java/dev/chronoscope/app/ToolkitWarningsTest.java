package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ToolkitWarningsTest {
    @Test
    void onlyTheUnnamedModuleWarningIsDropped() {
        Logger toolkit = Logger.getLogger("javafx");
        List<String> seen = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        toolkit.addHandler(handler);
        try {
            ToolkitWarnings.quietUnnamedModuleWarning();
            toolkit.warning("Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1234'");
            toolkit.warning("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21");
            Logger.getLogger("javafx.css").log(Level.WARNING, "Could not resolve '-color-accent'");
        } finally {
            toolkit.removeHandler(handler);
        }
        assertEquals(List.of("Loading FXML document with JavaFX API of version 22 by JavaFX runtime of version 21",
                "Could not resolve '-color-accent'"), seen);
    }
}
