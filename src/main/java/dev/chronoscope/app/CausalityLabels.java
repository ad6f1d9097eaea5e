package dev.chronoscope.app;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text on the space-time diagram ({@link CausalityView}): lane names cut to their column, and the
 * colour a count takes on a coloured box. Cut names are kept per column width, because measuring
 * text at every paint is what a redraw would otherwise cost.
 */
final class CausalityLabels {
    /** More names than this and the cache starts over: a log with many lanes shows few at a time. */
    private static final int KEPT = 4096;

    private final Text measure = new Text();
    private final Map<String, String> fittedNames = new HashMap<>();
    private double fittedWidth = -1;
    private Font fittedFont;

    /**
     * The label cut in the middle to fit the width (whole when it fits): lane names that share a long
     * prefix ("pool-thread-3", "pool-thread-12") differ at their end, so both ends are kept.
     */
    String fitted(String label, double width, Font f) {
        if (width != fittedWidth || fittedNames.size() > KEPT) {
            fittedNames.clear();
            fittedWidth = width;
        }
        return fittedNames.computeIfAbsent(f.getName() + '\u0000' + f.getSize() + '\u0000' + label, k -> cut(label, width, f));
    }

    private String cut(String label, double width, Font f) {
        if (f != fittedFont) {
            measure.setFont(f);
            fittedFont = f;
        }
        if (textWidth(label) <= width) return label;
        int lo = 0;
        int hi = label.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(middleCut(label, mid)) <= width) lo = mid;
            else hi = mid - 1;
        }
        return middleCut(label, lo);
    }

    /** The label with only `keep` of its characters, the rest replaced by one ellipsis in the middle. */
    static String middleCut(String label, int keep) {
        if (keep >= label.length()) return label;
        int tail = (keep + 1) / 2;
        int headEnd = keep - tail;
        int tailStart = label.length() - tail;
        // Never split a character outside the basic plane in two.
        if (headEnd > 0 && Character.isHighSurrogate(label.charAt(headEnd - 1))) headEnd--;
        if (tailStart < label.length() && Character.isLowSurrogate(label.charAt(tailStart))) tailStart++;
        return label.substring(0, headEnd) + "…" + label.substring(tailStart);
    }

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

    private double textWidth(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
