package dev.chronoscope.app;

import java.util.Iterator;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Runs steps on the FX thread one per pulse, starting with the pulse after the next, so the window
 * first paints as it is. What a step adds to a showing scene is styled and laid out in the pulse the
 * step ran in, so the window repaints between steps instead of freezing until all have run.
 */
final class PulseSteps {
    private PulseSteps() {}

    /** @return stop() skips the steps not yet run */
    static AnimationTimer run(List<Runnable> steps) {
        Iterator<Runnable> next = steps.iterator();
        AnimationTimer timer = new AnimationTimer() {
            private boolean firstFramePainted;

            @Override
            public void handle(long now) {
                if (!firstFramePainted) {
                    firstFramePainted = true;
                    return;
                }
                boolean ran = false;
                try {
                    if (next.hasNext()) next.next().run();
                    ran = true;
                } finally {
                    // After a step that threw, the rest would build on a half-made window.
                    if (!ran || !next.hasNext()) stop();
                }
            }
        };
        timer.start();
        return timer;
    }
}
