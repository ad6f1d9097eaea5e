package dev.chronoscope.app;

import dev.chronoscope.store.DensityPyramid.Density;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Density bars rasterised into an image drawn with one canvas call, instead of one fillRect per
 * pixel column and lane: a canvas records every call and the renderer replays each one (the
 * software pipeline allocating per rectangle), so some 15,000 bars per repaint cost more than
 * writing their pixels. Two images alternate, because the render thread may still be reading the
 * image drawn in the previous frame while this frame writes its pixels. Pixels are kept as
 * premultiplied BGRA bytes, the images' own format, so handing them over is a plain copy.
 */
final class DensityRaster {
    private final WritableImage[] images = new WritableImage[2];
    private int next;
    private byte[] pixels = new byte[0];
    private int width, height;

    /** Starts a frame of width × height pixels, all transparent. */
    void begin(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        int size = this.width * this.height * 4;
        if (pixels.length < size) pixels = new byte[size];
        else Arrays.fill(pixels, 0, size, (byte) 0);
    }

    /**
     * One lane's bars, bottom-aligned in the rows [top, top + laneHeight) of the raster (rows outside
     * it are cut), each column's height on a log scale of its count, coloured by its worst severity.
     */
    void lane(Density d, double top, double laneHeight, int[] severityArgb) {
        int stride = width * 4;
        long[] counts = d.counts();
        byte[] severities = d.worstSeverity();
        long max = 1;
        for (long c : counts) max = Math.max(max, c);
        double logMax = Math.log1p(max);
        int columns = Math.min(counts.length, width);
        double bottom = top + laneHeight - 2;
        for (int x = 0; x < columns; x++) {
            long c = counts[x];
            if (c == 0) continue;
            double bar = Math.max(2, (laneHeight - 4) * Math.log1p(c) / logMax);
            int from = Math.max(0, (int) Math.round(bottom - bar));
            int to = Math.min(height, (int) Math.round(bottom));
            int argb = severityArgb[Math.min(Math.max(0, severities[x]), severityArgb.length - 1)];
            byte b = (byte) argb, g = (byte) (argb >> 8), r = (byte) (argb >> 16);
            for (int y = from, i = from * stride + x * 4; y < to; y++, i += stride) {
                pixels[i] = b;
                pixels[i + 1] = g;
                pixels[i + 2] = r;
                pixels[i + 3] = (byte) 0xff;
            }
        }
    }

    /** The pixel at (x, y) of the frame as ARGB, 0 where nothing was drawn (for tests). */
    int argbAt(int x, int y) {
        int i = (y * width + x) * 4;
        return (pixels[i + 3] & 0xff) << 24 | (pixels[i + 2] & 0xff) << 16 | (pixels[i + 1] & 0xff) << 8 | pixels[i] & 0xff;
    }

    /** Draws the frame's pixels with their top-left corner at (x, y). */
    void draw(GraphicsContext g, double x, double y, double alpha) {
        WritableImage image = images[next];
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
            images[next] = image;
        }
        next ^= 1;
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getByteBgraPreInstance(), pixels, 0, width * 4);
        double previous = g.getGlobalAlpha();
        g.setGlobalAlpha(alpha);
        g.drawImage(image, x, y);
        g.setGlobalAlpha(previous);
    }

    /** Opaque colours as ARGB ints (premultiplying an opaque colour changes nothing). */
    static int[] argb(Color[] colours) {
        int[] out = new int[colours.length];
        for (int i = 0; i < colours.length; i++) {
            Color c = colours[i];
            out[i] = 0xff000000 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return out;
    }
}
