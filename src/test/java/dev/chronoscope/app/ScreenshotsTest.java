package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshot command renders the window off-screen with the log at an offset. The toolkit is
 * started the TestFX way, as for the other GUI tests sharing this JVM; render() then reuses it.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenshotsTest {

    @Test
    void rendersTheWindowAtAnOffsetToPng() throws IOException {
        // Kept in target/ so that a reviewer can look at what the window draws.
        Path out = Path.of("target", "screenshot-fake.png");
        Screenshots.render(new FakeOpener(), Path.of("kernel.jsonl"), 120, out, 1100, 700);
        BufferedImage image = ImageIO.read(out.toFile());
        assertEquals(1100, image.getWidth());
        assertEquals(700, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        }
        assertTrue(colours.size() > 20, "a drawn window, not a blank image: " + colours.size() + " colours");
    }

    @Test
    void aLogThatCannotBeOpenedIsAnErrorWithItsReason(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> Screenshots.render(new FakeOpener(), Path.of("bad.jsonl"), 0, dir.resolve("x.png"), 800, 600));
        assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
    }
}
