package dev.chronoscope.app;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys (DESIGN.md): ← → step, Shift+← → 100, Home / End, F3 / Shift+F3 next /
 * previous match, B bookmark, A / Z diff markers, + / − zoom. Typing in a text field keeps its keys.
 */
final class KeyBindings {
    private KeyBindings() {}

    static void install(Scene scene, AppController app, TimelineView timeline) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) return;
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.F3) {
                app.nextMatch(!e.isShiftDown());
                e.consume();
                return;
            }
            if (typing) return;
            long big = e.isShiftDown() ? 100 : 1;
            switch (e.getCode()) {
                case RIGHT, KP_RIGHT -> app.step(big);
                case LEFT, KP_LEFT -> app.step(-big);
                case HOME -> app.moveTo(0);
                case END -> app.moveTo(Long.MAX_VALUE / 2);
                case B -> app.toggleBookmark();
                case A -> app.setMarker(true);
                case Z -> app.setMarker(false);
                case PLUS, ADD, EQUALS -> timeline.zoom(0.5);
                case MINUS, SUBTRACT -> timeline.zoom(2);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
