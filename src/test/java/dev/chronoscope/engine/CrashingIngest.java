package dev.chronoscope.engine;

import java.nio.file.Path;

/**
 * A child process that starts ingesting and dies like {@code kill -9} (Runtime.halt: no shutdown
 * hooks, no flush, no commit) as soon as the first events are stored.
 */
public final class CrashingIngest {
    static final int HALT_STATUS = 137;

    public static void main(String[] args) throws Exception {
        OpenRequest request = new OpenRequest(Path.of(args[0]), null, null, null, Path.of(args[1]), true);
        Chronoscope.open(request, new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
                if (progress.events() > 0) Runtime.getRuntime().halt(HALT_STATUS);
            }
        }, new CancelToken());
        System.exit(0);
    }
}
