package dev.chronoscope.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** {@code field in (a, b, ...)}: equal to any element; a missing field is in no list. */
final class InList implements ValueTest {
    private final Comparison[] equalities;

    InList(List<Literal> literals) {
        this.equalities = literals.stream().map(l -> new Comparison(Op.EQ, l)).toArray(Comparison[]::new);
    }

    @Override
    public boolean text(String value) {
        for (Comparison c : equalities) {
            if (c.text(value)) return true;
        }
        return false;
    }

    @Override
    public boolean number(long value) {
        for (Comparison c : equalities) {
            if (c.number(value)) return true;
        }
        return false;
    }

    @Override
    public boolean node(JsonNode value) {
        for (Comparison c : equalities) {
            if (c.node(value)) return true;
        }
        return false;
    }

    @Override
    public boolean missing() {
        return false;
    }

    @Override
    public String toString() {
        return "in " + Arrays.toString(equalities);
    }
}
