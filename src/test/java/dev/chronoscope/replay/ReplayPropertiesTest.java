package dev.chronoscope.replay;

import static dev.chronoscope.replay.TestData.event;

import dev.chronoscope.event.Event;
import dev.chronoscope.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The replay properties on random logs that exercise every operation and tree reshaping. */
class ReplayPropertiesTest {

    static final Profile MIXED = TestData.profile("""
            {"rules":[
              {"on":"Open","set":{"acc/${a}/bal":0,"acc/${a}/owner":"$.who"}},
              {"on":"Dep","add":{"acc/${a}/bal":"$.n"}},
              {"on":"Wd","sub":{"acc/${a}/bal":"$.n"}},
              {"on":"Close","remove":["acc/${a}"]},
              {"on":"Wait","append":{"locks/${l}/waiters":"$.p"}},
              {"on":"Got","set":{"locks/${l}/holder":"$.p"},"pull":{"locks/${l}/waiters":"$.p"}},
              {"on":"Rel","remove":["locks/${l}/holder"]},
              {"on":"Obj","set":{"obj/${a}":"$"}},
              {"on":"Flat","set":{"obj/${a}":"$.n","obj/${a}/deeper/${l}":"$.p"}},
              {"on":"*","add":{"counts/${$type}":1},"set":{"last/${$lane}":"$offset"}}
            ]}""");

    private static final String[] TYPES = {"Open", "Dep", "Wd", "Close", "Wait", "Got", "Rel", "Obj", "Flat", "Noise"};

    static List<Event> randomLog(long seed, int n) {
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            StringBuilder rec = new StringBuilder("{");
            if (r.nextInt(10) > 0) rec.append("'a':'").append((char) ('A' + r.nextInt(5))).append("',");
            rec.append("'l':'L").append(r.nextInt(3)).append("',");
            rec.append("'p':").append(r.nextInt(4)).append(',');
            rec.append("'who':'w").append(r.nextInt(3)).append("',");
            switch (r.nextInt(4)) {
                case 0 -> rec.append("'n':").append(r.nextInt(100)).append(',');
                case 1 -> rec.append("'n':").append(r.nextInt(100) / 4.0).append(',');
                case 2 -> rec.append("'n':'").append(r.nextInt(9)).append("',");
                default -> { }
            }
            if (r.nextBoolean()) rec.append("'nested':{'x':").append(r.nextInt(3)).append(",'y':[1,").append(r.nextInt(2)).append("]},");
            if (r.nextBoolean()) rec.append("'z':null,");
            rec.setLength(rec.length() - 1);
            rec.append('}');
            events.add(event(k, TYPES[r.nextInt(TYPES.length)], "lane" + r.nextInt(3), rec.toString()));
        }
        return events;
    }

    @Test
    void reconstructionEqualsFoldOnRandomLogs() {
        for (long seed = 1; seed <= 3; seed++) {
            ReplayProperties.assertReconstructionMatchesFold(MIXED, randomLog(seed, 1200));
        }
    }

    @Test
    void reconstructionEqualsFoldForTheGenericShapeAndForTinyLogs() {
        Profile generic = TestData.profile("""
                {"rules":[{"on":"*","set":{"entities/${$lane}/${$type}":"$"}}]}""");
        ReplayProperties.assertReconstructionMatchesFold(generic, randomLog(9, 800));
        ReplayProperties.assertReconstructionMatchesFold(MIXED, randomLog(10, 1));
        ReplayProperties.assertReconstructionMatchesFold(MIXED, List.of());
    }

    @Test
    void checkpointIntervalsOfOneAndOfTheWholeLogAgree() {
        List<Event> log = randomLog(11, 300);
        ReplayProperties.assertReconstructionMatchesFold(MIXED, log, 3, 1);
        ReplayProperties.assertReconstructionMatchesFold(MIXED, log, 4, 10_000);
    }
}
