package dev.chronoscope.app;

import javafx.scene.paint.Color;

/**
 * The colour a count takes on a coloured box of the space-time diagram ({@link CausalityView});
 * lane names are cut to their column by {@link FittedLabels}.
 */
final class CausalityLabels {
    private CausalityLabels() {}

    /** Black or white, whichever contrasts more with the background (WCAG relative luminance). */
    static Color textOn(Color background) {
        double l = 0.2126 * linear(background.getRed()) + 0.7152 * linear(background.getGreen())
                + 0.0722 * linear(background.getBlue());
        // Black's contrast (l + 0.05) / 0.05 beats white's 1.05 / (l + 0.05) above this luminance.
        return l > 0.179 ? Color.BLACK : Color.WHITE;
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
