package dev.chronoscope.ingest.rodent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ingest.LogFormats;
import dev.chronoscope.profile.Profile;
import dev.chronoscope.profile.Profiles;
import dev.chronoscope.profile.Rule;
import com.google.protobuf.Descriptors.Descriptor;
import dev.chronoscope.ingest.RuleFields;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RodentProfileTest {

    @Test
    void theBuiltInProfileLoadsAndIsTheFormatsDefault() throws Exception {
        Profile p = Profiles.resolve("rodent");
        assertEquals("rodent", LogFormats.byName("rodent").defaultProfile());
        assertFalse(p.rules().isEmpty());
    }

    @Test
    void thePipelineSniffsTheSampleAndPicksTheProfile() throws Exception {
        java.nio.file.Path sample = java.nio.file.Path.of(System.getProperty("chronoscope.samples", "sample-logs"), "rodent");
        try (dev.chronoscope.ingest.Ingestion in = dev.chronoscope.ingest.Ingestion.of(dev.chronoscope.ingest.LogInput.of(sample)).start()) {
            long n = 0;
            for (dev.chronoscope.event.Event e = in.next(); e != null; e = in.next()) assertEquals(n++, e.offset());
            assertEquals("rodent", in.profile().name());
            assertEquals(n, in.recordsRead());
            assertEquals(0, in.errorCount());
        }
    }

    @Test
    void everyRuleNamesATypeTheReaderProduces() throws Exception {
        Set<String> known = RodentEvents.knownTypes().keySet();
        assertTrue(known.contains("StoragePool.CREATED"), known.toString());
        assertTrue(known.contains("DataTransfer.RESUMED"), known.toString());
        assertTrue(known.contains("SystemStartup"), known.toString());
        for (Rule r : Profiles.resolve("rodent").rules()) {
            for (String type : r.on()) assertTrue(known.contains(type), "line " + r.line() + ": " + type);
        }
    }

    @Test
    void everyStateAreaIsCovered() throws Exception {
        String paths = Profiles.resolve("rodent").rules().toString();
        for (String area : new String[] {"services/", "pools/", "datasets/", "snapshots/", "disks/", "transfers/", "sessions/"}) {
            assertTrue(paths.contains(area), area);
        }
    }

    @Test
    void everyFieldARuleReadsIsInThePayloadOrTheEnvelope() throws Exception {
        Map<String, Descriptor> payloads = RodentEvents.knownTypes();
        for (Rule r : Profiles.resolve("rodent").rules()) {
            for (String type : r.on()) {
                Descriptor payload = payloads.get(type);
                for (String field : RuleFields.read(r)) {
                    boolean known = payload.findFieldByName(field) != null || field.equals("metadata")
                            || (field.equals("transfer_info") && payload.getName().equals("DataTransferTransferPayload"));
                    assertTrue(known, "line " + r.line() + ": " + type + " has no field " + field);
                }
            }
        }
    }
}
