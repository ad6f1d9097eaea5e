package dev.chronoscope.ingest;

import java.util.stream.Stream;

/** JSON objects on which tree builders are easy to get subtly wrong, for tests that compare them with Jackson's tree reader. */
final class TrickyJson {
    private TrickyJson() {}

    /** Strict JSON (what the direct line parser reads itself). */
    static Stream<String> strict() {
        return Stream.of(
                "{}",
                "{\"a\":{},\"b\":[],\"c\":[[]],\"d\":[{}]}",
                "{\"int\":2147483647,\"nextLong\":2147483648,\"minInt\":-2147483648,\"belowInt\":-2147483649}",
                "{\"long\":9223372036854775807,\"big\":9223372036854775808,\"minLong\":-9223372036854775808,\"belowLong\":-9223372036854775809}",
                "{\"zero\":0,\"negZero\":-0,\"tenDigits\":1000000000,\"hugeInt\":123456789012345678901234567890}",
                "{\"ns\":1700000000123456789,\"negNs\":-1700000000123456789,\"nineteen9s\":9999999999999999999}",
                "{\"f\":1.5,\"e\":1E2,\"tiny\":-1e-400,\"inf\":1e400,\"negZeroF\":-0.0,\"fraction\":0.1,\"zeroExp\":0e5}",
                "{\"d1\":9007199254740993.0,\"d2\":123456789012345.6,\"d3\":0.000001234567890123456789,\"d4\":1.7976931348623157e308}",
                "{\"d5\":4.9e-324,\"d6\":2.2250738585072014E-308,\"d7\":1e22,\"d8\":1e23,\"d9\":123456789012345e-22,\"d10\":5e-22}",
                "{\"e1\":1e+5,\"e2\":1E-0005,\"e3\":1e00001,\"e4\":0.5e-5,\"e5\":100e-2,\"e6\":10.000000000000000000001}",
                "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\",\"text\":\"x\"}",
                "{\"a\":1,\"b\":2,\"a\":3}",
                "{\"a\":{\"x\":1},\"a\":[2]}",
                "{\"esc\":\"q\\\"b\\\\s\\/n\\n\\t\\b\\f\\r\\u00e9\\u00E9\\ud83d\\ude00\",\"lone\":\"\\ud800\",\"nul\":\"\\u0000\"}",
                "{\"utf8\":\"h\u00e9llo \u65e5\u672c \ud83d\ude00 \u0800 \ufffd \uffff\",\"k\u00e9y\":1,\"\\u006b\":2}",
                "{\"ctl\":\"a\u0001b\tc\u001f\",\"k\u0002\":1,\"del\":\"\u007f\"}",
                "{ \"spaced\" :\t[ 1 ,\r2 ] , \"o\" : { } }",
                "{\"nested\":[1,[2,[3,{\"deep\":[4.5,\"x\",null,true]}]],{\"a\":{\"b\":{\"c\":{}}}}]}",
                "{\"ProcessCreated\":{\"id\":0,\"ts\":4200009232,\"subsystem\":\"sched\",\"cpu\":1,\"name\":\"systemd\"}}");
    }

    /** JSON that Jackson's tree reader takes only because of the leniencies {@link Jsons#MAPPER} enables. */
    static Stream<String> lenient() {
        return Stream.of(
                "{\"nan\":NaN}",
                "{\"inf\":Infinity,\"negInf\":-Infinity,\"plusInf\":+Infinity}",
                "{\"trailing\":[1,2,]}",
                "{\"obj\":{\"x\":1,},}");
    }

    static Stream<String> all() {
        return Stream.concat(strict(), lenient());
    }
}
