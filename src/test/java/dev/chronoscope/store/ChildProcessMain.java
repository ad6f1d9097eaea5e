package dev.chronoscope.store;

import java.nio.file.Path;
import java.util.Random;

/**
 * A second Chronoscope process for {@link CrossProcessTest}: "ingest" starts a writer, appends
 * events, says READY and waits to be killed; "read" opens the complete store, prints its event
 * count and an event's lane, and exits; "trylock" says whether it could take a lock file.
 */
public final class ChildProcessMain {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("trylock")) {
            MapDbCatalog.Lock lock = MapDbCatalog.Lock.acquire(Path.of(args[1], args[2]), 0);
            System.out.println(lock == null ? "LOCK BUSY" : "LOCK TAKEN");
            if (lock != null) lock.release();
            return;
        }
        StoreCatalog catalog = Stores.catalog(Path.of(args[1]));
        Fingerprint fp = TestEvents.fingerprint(args[2]);
        if (args[0].equals("ingest")) {
            LogStoreWriter w = catalog.create(fp, 0);
            Random r = new Random(1);
            for (int i = 0; i < 5_000; i++) w.append(TestEvents.kernelEvent(i, r));
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(15_000);
        } else {
            try (LogStore s = catalog.openComplete(fp).orElseThrow()) {
                System.out.println("COUNT " + s.eventCount() + " " + s.event(s.eventCount() - 1).lane());
            }
        }
    }
}
