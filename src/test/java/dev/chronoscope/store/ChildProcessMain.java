package dev.chronoscope.store;

import java.nio.file.Path;
import java.util.Random;

/**
 * A second Chronoscope process for {@link CrossProcessTest}: "ingest" starts a writer, appends
 * events, says READY and waits to be killed; "read" opens the complete store, prints its event
 * count and an event's lane, and exits.
 */
public final class ChildProcessMain {
    public static void main(String[] args) throws Exception {
        StoreCatalog catalog = Stores.catalog(Path.of(args[1]));
        Fingerprint fp = TestEvents.fingerprint(args[2]);
        if (args[0].equals("ingest")) {
            LogStoreWriter w = catalog.create(fp, 0);
            Random r = new Random(1);
            for (int i = 0; i < 20_000; i++) w.append(TestEvents.kernelEvent(i, r));
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        } else {
            try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
                System.out.println("COUNT " + s.eventCount() + " " + s.event(s.eventCount() - 1).lane());
            }
        }
    }
}
