package dev.chronoscope.app;

import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons by Ikonli literal ({@code fth-folder}). */
final class Icons {
    private Icons() {}

    static FontIcon of(String literal) {
        FontIcon icon = new FontIcon(literal);
        icon.setIconSize(14);
        return icon;
    }
}
