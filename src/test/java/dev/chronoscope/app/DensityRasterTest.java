package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.store.DensityPyramid.Density;
import org.junit.jupiter.api.Test;

class DensityRasterTest {
    private static final int[] COLOURS = DensityRaster.argb(TimelineRenderer.SEVERITY);

    /** Rows of column x that hold a colour, top to bottom. */
    private static int barHeight(DensityRaster r, int x, int rows) {
        int n = 0;
        for (int y = 0; y < rows; y++) if (r.argbAt(x, y) != 0) n++;
        return n;
    }

    @Test
    void barsGrowWithTheCountOnALogScaleAndTakeTheWorstSeverity() {
        DensityRaster r = new DensityRaster();
        r.begin(4, 22);
        r.lane(new Density(new long[] {0, 1, 100, 10_000}, new byte[] {0, 2, 4, 0}), 0, 22, COLOURS);

        assertEquals(0, barHeight(r, 0, 22), "an empty bucket draws nothing");
        assertTrue(barHeight(r, 1, 22) >= 2, "a single event stays visible");
        assertTrue(barHeight(r, 1, 22) < barHeight(r, 2, 22) && barHeight(r, 2, 22) < barHeight(r, 3, 22));
        assertEquals(18, barHeight(r, 3, 22), "the fullest bucket fills the lane but its margins");
        assertEquals(COLOURS[2], r.argbAt(1, 19));
        assertEquals(COLOURS[4], r.argbAt(2, 19));
        assertEquals(0, r.argbAt(3, 21), "the lane's bottom margin stays clear");
    }

    @Test
    void lanesOutsideTheRasterAreCutAndANewFrameStartsClear() {
        DensityRaster r = new DensityRaster();
        r.begin(3, 10);
        r.lane(new Density(new long[] {5, 5, 5, 5, 5}, new byte[5]), -30, 22, COLOURS);
        r.lane(new Density(new long[] {5, 5, 5}, new byte[3]), 12, 22, COLOURS);
        assertEquals(0, barHeight(r, 2, 10), "both lanes' bars lie outside the 10 rows");

        r.lane(new Density(new long[] {1, 1, 1}, new byte[3]), -5, 22, COLOURS);
        assertTrue(barHeight(r, 0, 10) > 0, "a lane scrolled half out shows its lower part");
        r.begin(3, 10);
        assertEquals(0, barHeight(r, 0, 10));
    }
}
