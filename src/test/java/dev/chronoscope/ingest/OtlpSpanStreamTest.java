package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chronoscope.event.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed and the tree paths of the OTLP reader give the same events and reports: each
 * document below is read once as it is (streamed) and once with a field only the tree path accepts
 * appended (so it is re-read as a tree from its bytes).
 */
class OtlpSpanStreamTest {
    private static final String SPAN = "{\"traceId\":\"5b8efff798038103d269b633813fc60c\",\"spanId\":\"%s\",%s\"name\":\"%s\","
            + "\"kind\":2,\"startTimeUnixNano\":\"%d\",\"endTimeUnixNano\":%d,\"attributes\":[{\"key\":\"n\",\"value\":{\"intValue\":\"%d\"}},"
            + "{\"key\":\"s\",\"value\":{\"stringValue\":\"x\"}},{\"key\":\"d\",\"value\":{\"doubleValue\":1.5}},{\"key\":\"s\",\"value\":{\"boolValue\":true}}],"
            + "\"events\":[{\"timeUnixNano\":\"5\",\"name\":\"e\",\"attributes\":[{\"key\":\"k\",\"value\":{\"stringValue\":\"v\"}}]}],\"status\":{\"code\":%d}}";

    @TempDir Path dir;

    private static String line(int i, String end) {
        String child = String.format(SPAN, "00000000000000a" + i, "\"parentSpanId\":\"00000000000000b" + i + "\",", "child", 1700000000000000100L + i, 1700000000000000200L + i, i, 0);
        String root = String.format(SPAN, "00000000000000b" + i, "", "root", 1700000000000000000L + i, 1700000000000000300L + i, i, 2);
        String bad = String.format(SPAN, "not-an-id", "", "bad", 1L, 2L, i, 0);
        return "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{\"stringValue\":\"svc" + i + "\"}}]},"
                + "\"scopeSpans\":[{\"scope\":{\"name\":\"lib\",\"version\":\"2\"},\"spans\":[" + child + "," + bad + "," + root + "]}],"
                + "\"schemaUrl\":\"u\"}]" + end + "}\n";
    }

    private List<String> read(String text, ErrorCollectingContext context) throws Exception {
        Path file = dir.resolve("spans-" + text.hashCode() + ".jsonl");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        List<Event> events = ErrorCollectingContext.readAll(new OtlpFormat(), file, context).events();
        return events.stream().map(e -> e.time() + " " + e.type() + " " + e.lane() + " " + e.id() + " " + e.links() + " "
                + e.severity() + " " + e.line() + " " + e.record()).toList();
    }

    @Test
    void streamedDocumentsReadAsTreeReadOnes() throws Exception {
        StringBuilder streamed = new StringBuilder();
        StringBuilder tree = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            streamed.append(line(i, ""));
            tree.append(line(i, ",\"extra\":{\"ignored\":[1,2]}"));
        }
        ErrorCollectingContext streamedContext = new ErrorCollectingContext();
        ErrorCollectingContext treeContext = new ErrorCollectingContext();
        List<String> fast = read("\uFEFF" + streamed, streamedContext);
        List<String> slow = read("\uFEFF" + tree, treeContext);

        assertEquals(12, fast.size());
        assertEquals(slow, fast);
        assertEquals(3, streamedContext.errors.size());
        assertEquals(reasons(treeContext), reasons(streamedContext));
        assertEquals("resourceSpans[0].scopeSpans[0].spans[1] (spanId not-an-id): spanId: \"not-an-id\" is neither 16 hex digits nor base64 of 8 bytes",
                streamedContext.errors.get(0).reason());
    }

    @Test
    void unusualValuesAndFieldsReadAsInTheTree() throws Exception {
        String[] values = {
            "{\"stringValue\":\"a\",\"intValue\":\"7\"}", "{\"intValue\":\"7\",\"stringValue\":\"a\"}",
            "{\"arrayValue\":{\"values\":[{\"intValue\":1},{\"stringValue\":\"b\"}]}}",
            "{\"kvlistValue\":{\"values\":[{\"key\":\"k\",\"value\":{\"boolValue\":false}}]}}",
            "{}", "null", "\"plain\"", "{\"stringValue\":null}", "{\"intValue\":null}", "{\"bytesValue\":\"AQI=\"}",
            "{\"doubleValue\":\"2.5\"}", "{\"other\":1}", "{\"stringValue\":\"x\",\"stringValue\":\"y\"}",
            "{\"intValue\":\"seven\"}",
        };
        StringBuilder streamed = new StringBuilder();
        StringBuilder tree = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String span = "{\"traceId\":\"5b8efff798038103d269b633813fc60c\",\"spanId\":\"00000000000000c" + Integer.toHexString(i)
                    + "\",\"flags\":1,\"traceState\":\"t\",\"name\":\"first\",\"droppedAttributesCount\":{\"x\":[1]},"
                    + "\"startTimeUnixNano\":5,\"name\":\"n" + i + "\",\"attributes\":[{\"key\":\"v\",\"value\":" + values[i] + "}]}";
            String doc = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[" + span + "]}]%s}]}\n";
            streamed.append(String.format(doc, ""));
            tree.append(String.format(doc, ",\"extra\":1"));
        }
        ErrorCollectingContext streamedContext = new ErrorCollectingContext();
        ErrorCollectingContext treeContext = new ErrorCollectingContext();
        List<String> fast = read(streamed.toString(), streamedContext);
        List<String> slow = read(tree.toString(), treeContext);

        assertEquals(values.length, fast.size(), "an intValue that is no number is kept as written, with its span");
        assertEquals(slow, fast);
        assertEquals(0, streamedContext.errors.size());
        assertEquals(reasons(treeContext), reasons(streamedContext));
    }

    @Test
    void idsTimesAndFieldsInEveryFormReadAsInTheTree() throws Exception {
        String trace = "\"traceId\":\"5b8efff798038103d269b633813fc60c\"";
        String[] spans = {
            "\"traceId\":\"5B8EFFF798038103D269B633813FC60C\",\"spanId\":\"EEE19B7EC3C1B174\",\"parentSpanId\":\"EEE19B7EC3C1B173\",\"startTimeUnixNano\":\"7\"",
            "\"traceId\":\"W47/95gDgQPSabYzgT/GDA==\",\"spanId\":\"7uGbfsPBsXQ=\",\"parentSpanId\":\"7uGbfsPBsXM=\",\"startTimeUnixNano\":7",
            trace + ",\"spanId\":\"00000000000000d1\",\"parentSpanId\":\"0000000000000000\",\"startTimeUnixNano\":\" 12 \"",
            trace + ",\"spanId\":\"00000000000000d2\",\"parentSpanId\":\"\",\"startTimeUnixNano\":\"-5\",\"endTimeUnixNano\":\"+9\"",
            trace + ",\"spanId\":\"00000000000000d3\",\"startTimeUnixNano\":\"9223372036854775807\",\"endTimeUnixNano\":\"9223372036854775808\"",
            trace + ",\"spanId\":\"00000000000000d4\",\"startTimeUnixNano\":\"1\",\"endTimeUnixNano\":12345678901234567890",
            trace + ",\"spanId\":\"00000000000000de\",\"startTimeUnixNano\":1e30",
            trace + ",\"spanId\":\"0000000000000000\",\"startTimeUnixNano\":\"1\"",
            "\"traceId\":\"00000000000000000000000000000000\",\"spanId\":\"00000000000000d5\",\"startTimeUnixNano\":\"1\"",
            trace + ",\"spanId\":\"00000000000000d6\",\"startTimeUnixNano\":\"1\",\"kind\":\"SPAN_KIND_CLIENT\",\"status\":{\"code\":\"STATUS_CODE_ERROR\"}",
            trace + ",\"spanId\":\"00000000000000d7\",\"startTimeUnixNano\":\"1\",\"kind\":3000000000,\"status\":{\"message\":\"m\"},\"status\":{}",
            trace + ",\"spanId\":\"00000000000000d8\",\"traceId\":\"0102030405060708090a0b0c0d0e0f10\",\"startTimeUnixNano\":\"1\","
                    + "\"attributes\":[{\"key\":\"a\",\"value\":{\"intValue\":\"1\"}}],\"attributes\":[{\"key\":\"b\"}]",
            trace + ",\"spanId\":\"00000000000000d9\",\"startTimeUnixNano\":\"1\",\"attributes\":[{\"key\":\"k\",\"value\":{\"intValue\":\"1\"}},"
                    + "{\"key\":\"j\",\"value\":{\"doubleValue\":-0.0}},{\"key\":\"k\",\"value\":{\"stringValue\":\"é\"}},{\"key\":\"j\",\"value\":{\"intValue\":-9223372036854775808}}]",
            trace + ",\"spanId\":\"00000000000000da\",\"startTimeUnixNano\":\"1\",\"attributes\":[{\"value\":{\"intValue\":1},\"key\":\"late\"}]",
            trace + ",\"spanId\":\"00000000000000db\",\"startTimeUnixNano\":\"1\",\"attributes\":[{\"key\":\"x\",\"value\":{\"intValue\":\"1\",\"boolValue\":true}}]",
            trace + ",\"spanId\":\"00000000000000dc\",\"startTimeUnixNano\":\"1\",\"attributes\":[{\"key\":\"x\",\"value\":{\"intValue\":\"-\"}}]",
            trace + ",\"spanId\":\"00000000000000dd\",\"startTimeUnixNano\":\"1\",\"name\":7,\"parentSpanId\":\"00000000000000dd\"",
        };
        StringBuilder streamed = new StringBuilder();
        StringBuilder tree = new StringBuilder();
        for (String span : spans) {
            String doc = "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{" + span + "}]}]%s}]}\n";
            streamed.append(String.format(doc, ""));
            tree.append(String.format(doc, ",\"extra\":1"));
        }
        ErrorCollectingContext streamedContext = new ErrorCollectingContext();
        ErrorCollectingContext treeContext = new ErrorCollectingContext();
        List<String> fast = read(streamed.toString(), streamedContext);
        List<String> slow = read(tree.toString(), treeContext);

        assertEquals(slow, fast);
        assertEquals(reasons(treeContext), reasons(streamedContext));
        assertEquals(treeContext.warnings.size(), streamedContext.warnings.size());
        assertEquals(5, streamedContext.errors.size(), reasons(streamedContext).toString());
        assertTrue(reasons(streamedContext).get(1).endsWith("endTimeUnixNano: expected a number of nanoseconds, found 12345678901234567890"),
                "a bare number beyond int64 is no time, as a quoted one is not: " + reasons(streamedContext));
        assertTrue(reasons(streamedContext).get(2).endsWith("startTimeUnixNano: expected a number of nanoseconds, found 1.0E30"),
                reasons(streamedContext).toString());
        assertEquals(spans.length - 5, fast.stream().filter(e -> !e.contains(" span.end ")).count());
    }

    private static List<String> reasons(ErrorCollectingContext context) {
        return context.errors.stream().map(p -> p.position() + " " + p.reason()).toList();
    }

    @Test
    void aDocumentCutShortIsReportedAndTheNextOneStillRead() throws Exception {
        String whole = line(1, "");
        ErrorCollectingContext context = new ErrorCollectingContext();
        List<String> events = read(whole.substring(0, whole.length() / 2) + "\n" + line(2, ""), context);
        assertEquals(4, events.size());
        assertNotEquals(List.of(), context.errors);
        assertEquals(1, context.errors.get(0).position());
    }
}
