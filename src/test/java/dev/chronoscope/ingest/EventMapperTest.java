package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import dev.chronoscope.profile.Mapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode record(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json);
    }

    private static Event guess(String json) throws Exception {
        return new EventMapper(Mapping.GUESS).map(record(json), 7);
    }

    @Test
    void externallyTaggedRecordTakesTypeAndBodyFromTheTag() throws Exception {
        Event e = guess("{\"ProcessStateChanged\":{\"pid\":1,\"state\":\"Running\",\"ts\":1700000000123}}");
        assertEquals("ProcessStateChanged", e.type());
        assertEquals("1", e.lane());
        assertEquals("Running", e.body().get("state").asText());
        assertEquals(1_700_000_000_123_000_000L, e.time());
        assertEquals("Running", e.field("state").asText());
        assertEquals(7, e.line());
    }

    @Test
    void taggedPayloadOneLevelDown() throws Exception {
        Event e = guess("{\"ts\":5,\"source\":\"kernel\",\"payload\":{\"ProcessCreated\":{\"pid\":42,\"id\":\"e1\"}}}");
        assertEquals("ProcessCreated", e.type());
        assertEquals(42, e.body().get("pid").asInt());
        assertEquals("kernel", e.lane());
        assertEquals(5, e.time());
        assertEquals("e1", e.id());
    }

    @Test
    void taggedPayloadOneLevelDownInARecordThatHoldsNothingElse() throws Exception {
        Event e = guess("{\"payload\":{\"ProcessStateChanged\":{\"pid\":1,\"new_state\":\"SLEEPING\",\"ts\":500}}}");
        assertEquals("ProcessStateChanged", e.type());
        assertEquals(500, e.time());
        assertEquals("1", e.lane());
        assertEquals("SLEEPING", e.field("new_state").asText());
    }

    @Test
    void typeNamesWinInTheirOrder() throws Exception {
        assertEquals("T", guess("{\"name\":\"N\",\"type\":\"T\"}").type());
        assertEquals("N", guess("{\"name\":\"N\",\"x\":1}").type());
        assertEquals("", guess("{\"x\":1,\"y\":2}").type());
    }

    @Test
    void numericTypeIsItsText() throws Exception {
        assertEquals("5", guess("{\"type\":5}").type());
        assertEquals("2.5", guess("{\"type\":2.5}").type());
        assertEquals("5", guess("{\"payload\":{\"type\":5}}").type());
    }

    @ParameterizedTest
    @CsvSource({
        "1700000000, 1700000000000000000",
        "1700000000123, 1700000000123000000",
        "1700000000123456, 1700000000123456000",
        "1700000000123456789, 1700000000123456789",
        "1700000000.5, 1700000000500000000",
        "12345, 12345",
    })
    void epochTimeUnitIsGuessedFromMagnitude(String ts, long nanos) throws Exception {
        assertEquals(nanos, guess("{\"ts\":" + ts + "}").time());
    }

    @ParameterizedTest
    @CsvSource({
        "1704164645.25, 1704164645250000000",
        "1700000000.123456, 1700000000123456000",
        "1700000000.1234567, 1700000000123456700",
        "1700000000123.456, 1700000000123456000",
        "1700000000123456.5, 1700000000123456500",
        "'\"1704164645.25\"', 1704164645250000000",
        "'\"1700000000.123456789\"', 1700000000123456789",
    })
    void fractionalEpochTimesAreTheDecimalTheLogWrote(String ts, long nanos) throws Exception {
        assertEquals(nanos, guess("{\"ts\":" + ts + "}").time());
    }

    @Test
    void timeInQuotesAndIsoStrings() throws Exception {
        assertEquals(1_700_000_000_000_000_001L, guess("{\"time_unix_nano\":\"1700000000000000001\"}").time());
        assertEquals(1_704_067_200_000_000_000L, guess("{\"timestamp\":\"2024-01-01T00:00:00Z\"}").time());
        assertEquals(1_704_067_200_123_456_789L, guess("{\"@timestamp\":\"2024-01-01T00:00:00.123456789Z\"}").time());
        assertEquals(1_704_063_600_000_000_000L, guess("{\"time\":\"2024-01-01T00:00:00+01:00\"}").time());
        assertEquals(1_704_067_200_500_000_000L, guess("{\"time\":\"2024-01-01 00:00:00.5\"}").time());
        assertEquals(1_704_067_200_000_000_000L, guess("{\"time\":\"2024-01-01T01:00:00+01:00[Europe/Paris]\"}").time());
        assertEquals(Event.NO_TIME, guess("{\"time\":\"yesterday\"}").time());
    }

    @Test
    void dateWithoutTimeIsMidnightUtc() throws Exception {
        assertEquals(1_699_920_000_000_000_000L, guess("{\"ts\":\"2023-11-14\"}").time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12-34", "1-1-1", "2023-13-01", "1e", "1.2.3", "--1"})
    void timeTextThatIsNoNumberNorDateHasNoTime(String ts) throws Exception {
        EventMapper mapper = new EventMapper(Mapping.GUESS);
        assertEquals(Event.NO_TIME, mapper.map(record("{\"ts\":\"" + ts + "\"}"), 1).time());
        assertEquals(1, mapper.unreadableTimes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1-2\"", "\"2023-11-14\"", "\"1e999\"", "1e999"})
    void durationThatIsNoFiniteNumberHasNoDuration(String duration) throws Exception {
        assertEquals(Event.NO_DURATION, guess("{\"duration\":" + duration + "}").duration());
    }

    @Test
    void epochTimesInMixedUnitsAreEachJudgedByTheirOwnMagnitude() throws Exception {
        EventMapper mapper = new EventMapper(Mapping.GUESS);
        long[] stamps = {1_700_000_000L, 1_700_000_001_000L, 1_700_000_002_000_000L, 1_700_000_003_000_000_000L};
        for (int i = 0; i < stamps.length; i++) {
            assertEquals(1_700_000_000_000_000_000L + i * 1_000_000_000L, mapper.map(record("{\"ts\":" + stamps[i] + "}"), i + 1).time());
        }
        assertEquals(0, mapper.outOfRangeTimes());
    }

    @Test
    void relativeTimesStayNanosecondsWhenTheyGrowToLookLikeEpochSeconds() throws Exception {
        EventMapper mapper = new EventMapper(Mapping.GUESS);
        assertEquals(5, mapper.map(record("{\"ts\":5}"), 1).time());
        assertEquals(1_700_000_000L, mapper.map(record("{\"ts\":1700000000}"), 2).time());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "-1e999", "\"1e999\"", "9000000000000000000"})
    void numericTimeTooLargeForItsUnitIsOutOfRangeNotUnreadable(String ts) throws Exception {
        Mapping seconds = new Mapping(null, "$.at", "s", null, null, null, null, null, null, null, null);
        EventMapper mapper = new EventMapper(seconds);
        assertEquals(3_000_000_000L, mapper.map(record("{\"at\":3}"), 1).time());
        assertEquals(Event.NO_TIME, mapper.map(record("{\"at\":" + ts + "}"), 2).time());
        assertEquals(1, mapper.outOfRangeTimes());
        assertEquals(2, mapper.firstOutOfRangeLine());
        assertEquals(0, mapper.unreadableTimes());
    }

    /** Long.MIN_VALUE is the NO_TIME sentinel: a log that writes it has a time out of range, not silently none. */
    @Test
    void theSmallestLongIsOutOfRangeAndItsNeighbourATime() throws Exception {
        Mapping ns = new Mapping(null, "$.at", "ns", null, null, null, null, null, null, null, null);
        EventMapper mapper = new EventMapper(ns);
        assertEquals(Long.MIN_VALUE + 1, mapper.map(record("{\"at\":-9223372036854775807}"), 1).time());
        assertEquals(0, mapper.outOfRangeTimes());
        assertEquals(Event.NO_TIME, mapper.map(record("{\"at\":-9223372036854775808}"), 2).time());
        assertEquals(Event.NO_TIME, mapper.map(record("{\"at\":\"-9223372036854775808\"}"), 3).time());
        assertEquals(2, mapper.outOfRangeTimes());
        assertEquals(2, mapper.firstOutOfRangeLine());
        assertEquals(0, mapper.unreadableTimes());
    }

    @Test
    void profileTimeUnitAppliesToRelativeTimes() throws Exception {
        Mapping ms = new Mapping(null, "$.at", "ms", null, null, null, null, null, null, null, null);
        assertEquals(3_000_000L, new EventMapper(ms).map(record("{\"at\":3}"), 1).time());
        Mapping fractionalUs = new Mapping(null, "$.at", "us", null, null, null, null, null, null, null, null);
        assertEquals(1_500L, new EventMapper(fractionalUs).map(record("{\"at\":1.5}"), 1).time());
    }

    @ParameterizedTest
    @CsvSource({
        "'\"warning\"', WARN", "'\"WARN\"', WARN", "'\"Error\"', ERROR", "'\"fatal\"', CRITICAL",
        "'\"CRITICAL\"', CRITICAL", "'\"debug\"', DEBUG", "'\"TRACE\"', TRACE",
        "3, ERROR", "4, WARN", "6, INFO", "7, DEBUG", "0, CRITICAL", "'\"4\"', WARN", "50, ERROR",
    })
    void severityFromNamesAndSyslogNumbers(String level, Severity expected) throws Exception {
        assertEquals(expected, guess("{\"level\":" + level + "}").severity());
    }

    @Test
    void durationUnitComesFromTheFieldSuffix() throws Exception {
        assertEquals(5_000L, guess("{\"duration_us\":5}").duration());
        assertEquals(2_000_000L, guess("{\"duration_ms\":2}").duration());
        assertEquals(9L, guess("{\"duration\":9}").duration());
        assertEquals(Event.NO_DURATION, guess("{\"x\":9}").duration());
        Mapping us = new Mapping(null, null, null, null, null, null, "$.took", "us", null, null, null);
        assertEquals(4_000L, new EventMapper(us).map(record("{\"took\":4}"), 1).duration());
    }

    @Test
    void linksChainAndVectorClockAreGuessed() throws Exception {
        Event e = guess("{\"type\":\"X\",\"parent_id\":\"p1\",\"caused_by\":17,\"trace_id\":\"t9\",\"vc\":{\"a\":2,\"b\":1}}");
        assertEquals(List.of(new Link("parent_id", "p1"), new Link("caused_by", "17")), e.links());
        assertEquals("t9", e.chain());
        assertEquals(Map.of("a", 2L, "b", 1L), e.clock().entries());
        assertEquals(List.of(), guess("{\"parent_span_id\":\"\"}").links());
    }

    /** An empty name is skipped as a missing one is, as the type guess already did. */
    @Test
    void anEmptyStringGivesWayToTheNextCommonName() throws Exception {
        Event e = guess("{\"type\":\"T\",\"lane\":\"\",\"source\":\"S\",\"id\":\"\",\"uuid\":\"u1\","
                + "\"ts\":\"\",\"time\":5,\"severity\":\"\",\"level\":\"warn\",\"causality_id\":\"\",\"trace_id\":\"t\"}");
        assertEquals("S", e.lane());
        assertEquals("u1", e.id());
        assertEquals(5, e.time());
        assertEquals(Severity.WARN, e.severity());
        assertEquals("t", e.chain());
    }

    @Test
    void mappedPathsWinOverGuesses() throws Exception {
        Mapping m = new Mapping("$.event", "$.at", "ms", "$.meta.id", "$.branch", "$.lvl", null, null,
                List.of(new Mapping.LinkRule("caused-by", "$.cause")), "$.correlation", null);
        Event e = new EventMapper(m).map(record("{\"event\":\"Deposited\",\"type\":\"ignored\",\"at\":2,\"meta\":{\"id\":\"d1\"},"
                + "\"branch\":\"north\",\"lvl\":\"warn\",\"cause\":[\"c1\",\"c2\"],\"parent_id\":\"not-mapped\",\"correlation\":\"k\"}"), 1);
        assertEquals("Deposited", e.type());
        assertEquals(2_000_000L, e.time());
        assertEquals("d1", e.id());
        assertEquals("north", e.lane());
        assertEquals(Severity.WARN, e.severity());
        assertEquals(List.of(new Link("caused-by", "c1"), new Link("caused-by", "c2")), e.links());
        assertEquals("k", e.chain());
    }

    @Test
    void missingFieldsLeaveDefaults() throws Exception {
        ObjectNode r = record("{}");
        Event e = new EventMapper(Mapping.GUESS).map(r, 1);
        assertEquals(Event.NO_TIME, e.time());
        assertEquals(Severity.INFO, e.severity());
        assertNull(e.id());
        assertNull(e.clock());
        assertSame(r, e.body());
    }
}
