package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import dev.chronoscope.event.Link;
import dev.chronoscope.event.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written OTLP JSON: the exporter's JSON Lines, TracesData documents, and bad input. */
class OtlpReaderTest {

    static final String TRACE = "5b8efff798038103d269b633813fc60c";
    static final String CHILD = "eee19b7ec3c1b174";
    static final String PARENT = "eee19b7ec3c1b173";
    static final String OTHER = "0102030405060708";

    /** Child exported (ended) before its parent; a bare ResourceSpans on the last line. */
    static final String JSON_LINES = """
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}}]},"scopeSpans":[{"scope":{"name":"lib","version":"1.0"},"spans":[{"traceId":"5B8EFFF798038103D269B633813FC60C","spanId":"eee19b7ec3c1b174","parentSpanId":"eee19b7ec3c1b173","name":"SELECT","kind":3,"startTimeUnixNano":"1700000000000000100","endTimeUnixNano":"1700000000000000200","attributes":[{"key":"db.system","value":{"stringValue":"postgres"}},{"key":"rows","value":{"intValue":"3"}},{"key":"ratio","value":{"doubleValue":0.5}},{"key":"ok","value":{"boolValue":true}},{"key":"tags","value":{"arrayValue":{"values":[{"stringValue":"a"},{"stringValue":"b"}]}}}],"events":[{"timeUnixNano":"1700000000000000150","name":"retry","attributes":[{"key":"attempt","value":{"intValue":2}}]}],"status":{"code":2,"message":"timeout"}}]}]}]}
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}}]},"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b173","parentSpanId":"","name":"GET /cart","kind":"SPAN_KIND_SERVER","startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000000000000300","links":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0102030405060708"}],"status":{}}]}]}]}
            {"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"payments"}}]},"scopeSpans":[{"spans":[{"traceId":"5b8efff798038103d269b633813fc60c","spanId":"0102030405060708","name":"charge","startTimeUnixNano":1700000000000000250,"endTimeUnixNano":1700000000000000260}]}]}
            """;

    /** The same spans as one pretty-printed TracesData document with base64 ids. */
    static final String TRACES_DATA_BASE64 = """
            {
              "resourceSpans": [
                {
                  "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
                  "scopeSpans": [
                    {
                      "spans": [
                        {"traceId": "W47/95gDgQPSabYzgT/GDA==", "spanId": "7uGbfsPBsXQ=", "parentSpanId": "7uGbfsPBsXM=",
                         "name": "SELECT", "startTimeUnixNano": "1700000000000000100", "endTimeUnixNano": "1700000000000000200",
                         "status": {"code": "STATUS_CODE_ERROR", "message": "timeout"}},
                        {"traceId": "W47/95gDgQPSabYzgT/GDA==", "spanId": "7uGbfsPBsXM=",
                         "name": "GET /cart", "startTimeUnixNano": "1700000000000000000", "endTimeUnixNano": "1700000000000000300",
                         "links": [{"traceId": "W47/95gDgQPSabYzgT/GDA==", "spanId": "AQIDBAUGBwg="}]}
                      ]
                    }
                  ]
                }
              ]
            }
            """;

    @TempDir Path dir;
    private final OtlpFormat format = new OtlpFormat();

    private ErrorCollectingContext.Read read(String name, String text, ErrorCollectingContext context) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return ErrorCollectingContext.readAll(format, file, context);
    }

    private static String describe(Event e) {
        return e.type() + "@" + (e.time() - 1700000000000000000L) + ":" + e.lane();
    }

    @Test
    void jsonLinesAreSortedByStartWithEndEventsMergedIn() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("traces.jsonl", JSON_LINES, context);

        assertEquals(List.of(), context.errors);
        assertEquals(List.of(), context.warnings);
        assertEquals(3, read.records());
        assertEquals(List.of("GET /cart@0:checkout", "SELECT@100:checkout", "span.end@200:checkout",
                "charge@250:payments", "span.end@260:payments", "span.end@300:checkout"),
                read.events().stream().map(OtlpReaderTest::describe).toList());

        Event parent = read.events().get(0);
        assertEquals(PARENT, parent.id());
        assertEquals(TRACE, parent.chain());
        assertEquals(300L, parent.duration());
        assertEquals(List.of(new Link("link", OTHER)), parent.links());
        assertEquals(2, parent.record().get("kind").asInt());
        assertEquals("SERVER", parent.record().get("kindName").asText());
        assertEquals(2, parent.line());
        assertFalse(parent.hasSeverity(), "an unset status gives no severity, so severity filters skip the span");

        Event child = read.events().get(1);
        assertEquals(CHILD, child.id());
        assertEquals(TRACE, child.record().get("traceId").asText(), "upper-case hex is normalised");
        assertEquals(List.of(new Link("parent", PARENT)), child.links());
        assertEquals(Severity.ERROR, child.severity());
        assertEquals("{\"db.system\":\"postgres\",\"rows\":3,\"ratio\":0.5,\"ok\":true,\"tags\":[\"a\",\"b\"]}",
                child.record().get("attributes").toString());
        assertEquals("[{\"timeUnixNano\":1700000000000000150,\"name\":\"retry\",\"attributes\":{\"attempt\":2}}]",
                child.record().get("events").toString());
        assertEquals("{\"service.name\":\"checkout\"}", child.record().get("resource").toString());
        assertEquals(CHILD, read.events().get(2).record().get("closes").asText());
        assertEquals(1, read.events().get(2).line());
    }

    @Test
    void equalResourcesAndScopesOfDifferentLinesAreOneObject() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<Event> events = read("traces.jsonl", JSON_LINES, context).events();
        Event parent = events.get(0); // line 2
        Event child = events.get(1); // line 1, same resource, another scope
        Event charge = events.get(3); // line 3, another service
        assertSame(parent.record().get("resource"), child.record().get("resource"));
        assertNotSame(parent.record().get("scope"), child.record().get("scope"));
        assertNotSame(parent.record().get("resource"), charge.record().get("resource"));
        assertSame(parent.record().get("scope"), charge.record().get("scope"), "both without a scope");
    }

    @Test
    void tracesDataDocumentWithBase64IdsIsNormalisedToHex() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("traces.json", TRACES_DATA_BASE64, context);

        assertEquals(List.of(), context.errors);
        assertEquals(2, read.records());
        Event parent = read.events().get(0);
        Event child = read.events().get(1);
        assertEquals(PARENT, parent.id());
        assertEquals(TRACE, parent.chain());
        assertEquals(List.of(new Link("link", OTHER)), parent.links());
        assertEquals(CHILD, child.id());
        assertEquals(List.of(new Link("parent", PARENT)), child.links());
        assertEquals(2, child.record().get("status").get("code").asInt());
        assertEquals(Severity.ERROR, child.severity());
    }

    @Test
    void selfParentAndParentCycleAreReportedWithoutLooping() throws Exception {
        String span = "{\"traceId\":\"" + TRACE + "\",\"spanId\":\"%s\",\"parentSpanId\":\"%s\",\"name\":\"%s\","
                + "\"startTimeUnixNano\":\"%d\",\"endTimeUnixNano\":\"%d\"}";
        String spans = String.join(",",
                String.format(span, "000000000000000a", "000000000000000a", "self", 1, 2),
                String.format(span, "000000000000000b", "000000000000000c", "b", 3, 9),
                String.format(span, "000000000000000c", "000000000000000d", "c", 4, 8),
                String.format(span, "000000000000000d", "000000000000000b", "d", 5, 7));
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("bad.jsonl", "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[" + spans + "]}]}]}\n", context);

        assertEquals(8, read.events().size(), "every span is kept, with its end");
        Event self = read.events().get(0);
        assertEquals(List.of(), self.links());
        assertEquals(OtlpSpanParser.UNKNOWN_SERVICE, self.lane());
        assertTrue(context.warned("span 000000000000000a (trace " + TRACE + ") names itself as its parent"), context.warnings.toString());
        String cycle = context.warnings.stream().filter(w -> w.contains("parent cycle")).findFirst().orElseThrow();
        for (String id : List.of("000000000000000b", "000000000000000c", "000000000000000d")) {
            assertTrue(cycle.contains(TRACE + ":" + id), cycle);
        }
        assertEquals(1, context.warnings.stream().filter(w -> w.contains("parent cycle")).count());
    }

    @Test
    void wrongTypesAreErrorsForTheirRecordAndTheRestIsKept() throws Exception {
        String good = "{\"traceId\":\"" + TRACE + "\",\"spanId\":\"%s\",\"name\":\"%s\",\"startTimeUnixNano\":\"%d\",\"endTimeUnixNano\":\"%d\"}";
        String text = String.join("\n",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"" + TRACE + "\",\"spanId\":\"" + CHILD
                        + "\",\"name\":\"bad-time\",\"startTimeUnixNano\":{\"nanos\":1}}," + String.format(good, OTHER, "kept-1", 10, 20) + "]}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":{\"not\":\"a list\"}}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[ {\"traceId\": }]}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[" + String.format(good, PARENT, "kept-2", 30, 40) + "]}]}]}",
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":42,\"spanId\":\"" + CHILD + "\",\"startTimeUnixNano\":\"1\"}]}]}]}",
                "{\"resourceSpans\":{}}",
                "");
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("wrong.jsonl", text, context);

        assertEquals(List.of("kept-1", "kept-2"), read.events().stream().map(Event::type).filter(t -> !t.equals("span.end")).toList());
        assertEquals(2, read.records(), "records are the spans read; the spans that could not be read are errors (cli.md)");
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList());
        List<String> reasons = context.errors.stream().map(ErrorCollectingContext.Problem::reason).toList();
        assertEquals("resourceSpans[0].scopeSpans[0].spans[0] (spanId " + CHILD
                + "): startTimeUnixNano: expected a number or a numeric string, found an object", reasons.get(0));
        assertEquals("resourceSpans[0].scopeSpans[0].spans: expected an array, found an object", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("malformed JSON"), reasons.get(2));
        assertTrue(reasons.get(3).contains("traceId: expected a hex or base64 string, found a number"), reasons.get(3));
        assertEquals("resourceSpans: expected an array, found an object", reasons.get(4));
        assertTrue(context.errors.stream().allMatch(p -> p.file().endsWith("wrong.jsonl")));
    }

    /**
     * An intValue outside int64 (or not a whole number) is shown as written, never wrapped or
     * rounded, and it does not cost its span: only the value is odd, not the span.
     */
    @Test
    void anIntValueOutsideInt64IsKeptAsWrittenAndTheSpanToo() throws Exception {
        String text = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"" + TRACE + "\",\"spanId\":\"" + CHILD
                + "\",\"name\":\"odd-ints\",\"startTimeUnixNano\":\"10\",\"endTimeUnixNano\":\"20\",\"attributes\":["
                + "{\"key\":\"bare\",\"value\":{\"intValue\":99999999999999999999}},"
                + "{\"key\":\"quoted\",\"value\":{\"intValue\":\"-99999999999999999999\"}},"
                + "{\"key\":\"fraction\",\"value\":{\"intValue\":1.5}},"
                + "{\"key\":\"words\",\"value\":{\"intValue\":\"12abc\"}},"
                + "{\"key\":\"plain\",\"value\":{\"intValue\":\"-7\"}}]}]}]}]}\n";
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("ints.jsonl", text, context);

        assertEquals(List.of(), context.errors);
        Event span = read.events().get(0);
        assertEquals("odd-ints", span.type());
        assertEquals("99999999999999999999", span.field("attributes.bare").asText());
        assertEquals("-99999999999999999999", span.field("attributes.quoted").asText());
        assertTrue(span.field("attributes.quoted").isNumber());
        assertEquals(1.5, span.field("attributes.fraction").asDouble());
        assertEquals("12abc", span.field("attributes.words").asText());
        assertEquals(-7, span.field("attributes.plain").asLong());
    }

    @Test
    void aCutOffLineCostsOnlyItselfAndIsReportedAtItsOwnLine() throws Exception {
        String[] lines = JSON_LINES.split("\n");
        // Cut after a field's colon: the parser would take the next line's object as the value
        // and fail only on the line after that.
        String cut = lines[0].substring(0, lines[0].indexOf("\"kind\":") + "\"kind\":".length());
        String text = String.join("\n", lines[1], cut, lines[0], lines[2]) + "\n";
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("cut.jsonl", text, context);

        assertEquals(List.of("GET /cart", "SELECT", "charge"),
                read.events().stream().map(Event::type).filter(t -> !t.equals("span.end")).toList());
        assertEquals(3, read.records());
        assertEquals(1, context.errors.size(), context.errors.toString());
        ErrorCollectingContext.Problem problem = context.errors.get(0);
        assertEquals(2, problem.position());
        assertEquals("malformed JSON at column " + (cut.length() + 1) + ": Unexpected end of input within/between Object entries",
                problem.reason());
    }

    /** A line over the JSON parser's limits (a key of 60,000 characters) costs only that line. */
    @Test
    void aLineOverTheParsersLimitsCostsOnlyItself() throws Exception {
        String[] lines = JSON_LINES.split("\n");
        String huge = lines[0].replace("\"kind\":", "\"" + "k".repeat(60_000) + "\":1,\"kind\":");
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("huge-key.jsonl", String.join("\n", lines[1], huge, lines[2]) + "\n", context);

        assertEquals(List.of("GET /cart", "charge"), read.events().stream().map(Event::type).filter(t -> !t.equals("span.end")).toList());
        assertEquals(List.of(2L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList());
        assertEquals("malformed JSON: name length 60000 is over the limit of 50000", context.errors.get(0).reason());
    }

    @Test
    void aCutOffFirstLineOfJsonLinesIsReportedAtLineOne() throws Exception {
        String[] lines = JSON_LINES.split("\n");
        String text = String.join("\n", lines[0].substring(0, 300), lines[1], lines[2]) + "\n";
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("first-cut.jsonl", text, context);

        assertEquals(List.of("GET /cart", "charge"), read.events().stream().map(Event::type).filter(t -> !t.equals("span.end")).toList());
        assertEquals(List.of(1L), context.errors.stream().map(ErrorCollectingContext.Problem::position).toList());
    }

    @Test
    void aTruncatedTracesDataDocumentIsReportedWhereItEnds() throws Exception {
        String cut = TRACES_DATA_BASE64.substring(0, TRACES_DATA_BASE64.indexOf("\"links\""));
        ErrorCollectingContext context = new ErrorCollectingContext();
        ErrorCollectingContext.Read read = read("cut.json", cut, context);

        assertEquals(List.of(), read.events(), "a document's spans are handed on only once it is whole");
        assertEquals(1, context.errors.size(), context.errors.toString());
        assertEquals(cut.lines().count(), context.errors.get(0).position());
        assertTrue(context.errors.get(0).reason().startsWith("malformed JSON: Unexpected end of input"), context.errors.get(0).reason());
    }

    @Test
    void spillingToSortedRunsOnDiskGivesTheSameEventsAsSortingInMemory() throws Exception {
        String span = "{\"traceId\":\"" + TRACE + "\",\"spanId\":\"%016x\",\"name\":\"s%d\","
                + "\"startTimeUnixNano\":\"%d\",\"endTimeUnixNano\":\"%d\",\"status\":{\"code\":%d}}";
        StringBuilder text = new StringBuilder(JSON_LINES);
        for (int i = 1; i <= 9; i++) {
            // Starts repeat (ties must keep file order) and ends interleave with later starts.
            text.append("{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[")
                    .append(String.format(span, 0x100 + i, i, 1700000000000000000L + (i % 3) * 50, 1700000000000000000L + 400 - i, i % 3))
                    .append("]}]}]}\n");
        }
        Path file = dir.resolve("many.jsonl");
        Files.writeString(file, text);
        List<String> inMemory = readWithRunSize(file, OtlpSortedSpans.NO_SPAN_LIMIT);
        assertEquals(24, inMemory.size());
        for (int runSize : List.of(1, 2, 5)) {
            assertEquals(inMemory, readWithRunSize(file, runSize), "run size " + runSize);
        }
    }

    private List<String> readWithRunSize(Path file, int runSize) throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<String> out = new java.util.ArrayList<>();
        try (OtlpReader reader = new OtlpReader(LogInput.of(file), context, runSize)) {
            for (Event e = reader.next(); e != null; e = reader.next()) {
                out.add(e.time() + " " + e.type() + " " + e.lane() + " " + e.id() + " " + e.severity() + " "
                        + e.links() + " " + e.line() + " " + e.record());
            }
        }
        assertEquals(List.of(), context.errors);
        return out;
    }

    @Test
    void badIdsAreNamed() throws Exception {
        ErrorCollectingContext context = new ErrorCollectingContext();
        read("ids.jsonl", "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"xyz\",\"spanId\":\"" + CHILD
                + "\",\"startTimeUnixNano\":\"1\"}]}]}]}\n", context);
        assertEquals(1, context.errors.size());
        assertTrue(context.errors.get(0).reason().contains("traceId: \"xyz\" is neither 32 hex digits nor base64 of 16 bytes"),
                context.errors.get(0).reason());
    }

    @Test
    void sniffsOtlpAndNotChrome() throws Exception {
        Path lines = dir.resolve("a.jsonl");
        Files.writeString(lines, JSON_LINES);
        Path doc = dir.resolve("b.json");
        Files.writeString(doc, TRACES_DATA_BASE64);
        Path chrome = dir.resolve("c.json");
        Files.writeString(chrome, "{\"traceEvents\":[]}");
        assertEquals(95, format.sniff(LogInput.of(lines)));
        assertEquals(95, format.sniff(LogInput.of(doc)));
        assertEquals(0, format.sniff(LogInput.of(chrome)));
        assertEquals(0, new ChromeTraceFormat().sniff(LogInput.of(lines)));
        assertTrue(format.sortsByTime());
    }
}
