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
    void theDarkThemeDarkensTheWindow(@TempDir Path dir) throws IOException {
        Path light = dir.resolve("light.png");
        Path dark = dir.resolve("dark.png");
        // Dark first: the theme is the toolkit's, and the tests after this one expect the light one.
        Screenshots.render(new FakeOpener(), Path.of("kernel.jsonl"), 120, dark, 1100, 700, true);
        Screenshots.render(new FakeOpener(), Path.of("kernel.jsonl"), 120, light, 1100, 700, false);
        double lightLuma = meanLuma(ImageIO.read(light.toFile()));
        double darkLuma = meanLuma(ImageIO.read(dark.toFile()));
        assertTrue(darkLuma < lightLuma / 2, "dark " + darkLuma + " against light " + lightLuma);
    }

    /** Mean brightness (0-255) of a sample of the image's pixels. */
    private static double meanLuma(BufferedImage image) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5, n++) {
                int rgb = image.getRGB(x, y);
                sum += 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
            }
        }
        return sum / n;
    }

    @Test
    void aLogThatCannotBeOpenedIsAnErrorWithItsReason(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> Screenshots.render(new FakeOpener(), Path.of("bad.jsonl"), 0, dir.resolve("x.png"), 800, 600));
        assertTrue(e.getMessage().contains("expected a JSON object"), e.getMessage());
    }

    /** An offset outside the log is an error, not a picture of the nearest offset. */
    @Test
    void anOffsetOutsideTheLogIsAnError(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> Screenshots.render(new FakeOpener(), Path.of("kernel.jsonl"), 999_999_999L, dir.resolve("x.png"), 800, 600));
        assertTrue(e.getMessage().startsWith("--at 999999999 is outside the log: valid offsets are -1.."), e.getMessage());
    }
}
