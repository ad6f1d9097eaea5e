package dev.chronoscope.app;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Labels cut in the middle to fit a width in pixels, as a font draws them (whole when they fit).
 * Lane names that share a long prefix ("Renderer / CompositorTileWorker1", "Renderer /
 * CompositorTileWorker2", "pool-thread-3", "pool-thread-12") differ at their end, so both ends are
 * kept. Measuring text is the cost of drawing a label, so each label is cut once per width and font;
 * FX thread only.
 */
final class FittedLabels {
    /** Cuts kept at most, so that a log with 50,000 lanes scrolled through does not hoard them. */
    private static final int KEPT = 4096;

    private final Text measure = new Text();
    private final Map<Key, String> cut = new HashMap<>();

    private record Key(String label, double width, Font font) {}

    String fit(String label, double width, Font font) {
        if (cut.size() > KEPT) cut.clear();
        return cut.computeIfAbsent(new Key(label, width, font), k -> cutToFit(label, width, font));
    }

    private String cutToFit(String label, double width, Font font) {
        measure.setFont(font);
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

    double textWidth(String s, Font font) {
        measure.setFont(font);
        return textWidth(s);
    }

    private double textWidth(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
