package dev.chronoscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chronoscope.event.Event;
import dev.chronoscope.store.Fingerprint;
import dev.chronoscope.store.LogStore;
import dev.chronoscope.store.LogStoreWriter;
import dev.chronoscope.store.StoreCatalog;
import dev.chronoscope.store.Stores;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replay over the real MapDB store: the properties hold and a reopened store answers the same. */
class StoredReplayTest {
    @TempDir Path cache;

    @Test
    void propertiesHoldOnTheMapDbStore() {
        StoreCatalog catalog = Stores.catalog(cache);
        List<Event> log = ReplayPropertiesTest.randomLog(21, 2500);
        try (LogStoreWriter writer = catalog.create(new Fingerprint("replay-props-1", "random log"), 1000)) {
            ReplayProperties.assertReconstructionMatchesFold(ReplayPropertiesTest.MIXED, log, 5, 100, writer);
        }
    }

    @Test
    void aReopenedStoreGivesTheSameHistoryAndStates() {
        StoreCatalog catalog = Stores.catalog(cache);
        Fingerprint fp = new Fingerprint("replay-reopen-1", "random log");
        List<Event> log = ReplayPropertiesTest.randomLog(22, 1500);
        Replay memory = ReplayProperties.build(ReplayPropertiesTest.MIXED, log, 50);
        try (LogStoreWriter writer = catalog.create(fp, 1000)) {
            ReplayProperties.build(ReplayPropertiesTest.MIXED, log, 50, writer);
        }
        try (LogStore store = catalog.openComplete(fp).orElseThrow()) {
            Replay stored = Replay.open(store);
            assertEquals(memory.ruleMisses(), stored.ruleMisses());
            for (String path : new String[] {"acc", "acc/B/bal", "locks/L1", "obj", ""}) {
                assertEquals(memory.history(path, 0, 1499), stored.history(path, 0, 1499), path);
                assertEquals(memory.previousChange(path, 900), stored.previousChange(path, 900), path);
                assertEquals(memory.nextChange(path, 900), stored.nextChange(path, 900), path);
                assertEquals(memory.diff(3, 1400, path), stored.diff(3, 1400, path), path);
            }
            for (long k : new long[] {-1, 0, 49, 50, 777, 1499}) {
                assertEquals(memory.state(k).leaves(""), stored.state(k).leaves(""), "state " + k);
            }
        }
    }
}
