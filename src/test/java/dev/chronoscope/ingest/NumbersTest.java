package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-3", "+4", "1.5", "1.", ".5", "-.5", "1e9", "1E-3", "2.5e+10"})
    void decimalNumbersLookNumeric(String s) {
        assertTrue(Numbers.looksNumeric(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-11-14", "12-34", "1-1-1", "1-2", "--1", "+-1", ".", "-", "1.2.3", "e5", "1e", "1e+",
            "1e5e5", "NaN", "Infinity", "1d", "0x10", " 1", ""})
    void datesAndOtherDigitSoupDoNotLookNumeric(String s) {
        assertFalse(Numbers.looksNumeric(s), s);
    }

    /** Whatever looksNumeric accepts goes to Double.parseDouble, which must not throw. */
    @Test
    void everythingThatLooksNumericParses() {
        SplittableRandom random = new SplittableRandom(7);
        String alphabet = "0123456789+-.eE";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            if (!Numbers.looksNumeric(s.toString())) continue;
            try {
                Double.parseDouble(s.toString());
            } catch (NumberFormatException e) {
                fail("looksNumeric accepted \"" + s + "\", which does not parse");
            }
        }
    }
}
