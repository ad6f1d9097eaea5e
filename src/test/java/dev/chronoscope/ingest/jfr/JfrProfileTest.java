package dev.chronoscope.ingest.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.ingest.LogFormats;
import dev.chronoscope.ingest.RuleFields;
import dev.chronoscope.profile.Rule;
import dev.chronoscope.profile.Profiles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import org.junit.jupiter.api.Test;

class JfrProfileTest {

    @Test
    void theBuiltInProfileIsTheFormatsDefault() throws Exception {
        assertEquals("jfr", LogFormats.byName("jfr").defaultProfile());
        assertTrue(LogFormats.byName("jfr").sortsByTime());
        assertTrue(Profiles.resolve("jfr").rules().size() >= 10);
    }

    @Test
    void everyRuleNamesAJdkEventTypeOrTheEndOfAnIntervalType() throws Exception {
        Set<String> jdkTypes = FlightRecorder.getFlightRecorder().getEventTypes().stream().map(EventType::getName)
                .collect(Collectors.toSet());
        for (String interval : JfrEvents.INTERVAL_TYPES) assertTrue(jdkTypes.contains(interval), interval);
        for (Rule r : Profiles.resolve("jfr").rules()) {
            for (String type : r.on()) {
                String base = type.endsWith(JfrEvents.END_SUFFIX) ? type.substring(0, type.length() - JfrEvents.END_SUFFIX.length()) : type;
                assertTrue(jdkTypes.contains(base), "line " + r.line() + ": " + type);
                if (!base.equals(type)) assertTrue(JfrEvents.INTERVAL_TYPES.contains(base), "no end events for " + base);
            }
        }
    }

    @Test
    void everyFieldARuleReadsExistsOnItsEventType() throws Exception {
        Map<String, EventType> types = FlightRecorder.getFlightRecorder().getEventTypes().stream()
                .collect(Collectors.toMap(EventType::getName, t -> t, (a, b) -> a));
        for (Rule r : Profiles.resolve("jfr").rules()) {
            List<String> fields = RuleFields.read(r);
            for (String type : r.on()) {
                EventType t = types.get(type.replace(JfrEvents.END_SUFFIX, ""));
                for (String field : fields) {
                    assertTrue(t.getField(field) != null, "line " + r.line() + ": " + type + " has no field " + field);
                }
            }
        }
    }
}
