package dev.chronoscope.query;

import dev.chronoscope.event.Event;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The compiled, immutable predicate tree. */
sealed interface Expr {
    boolean test(Event e);

    record All() implements Expr {
        @Override
        public boolean test(Event e) {
            return true;
        }

        @Override
        public String toString() {
            return "all";
        }
    }

    record And(Expr[] parts) implements Expr {
        @Override
        public boolean test(Event e) {
            for (Expr p : parts) {
                if (!p.test(e)) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            return Arrays.stream(parts).map(Object::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    record Or(Expr[] parts) implements Expr {
        @Override
        public boolean test(Event e) {
            for (Expr p : parts) {
                if (p.test(e)) return true;
            }
            return false;
        }

        @Override
        public String toString() {
            return Arrays.stream(parts).map(Object::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }

    record Not(Expr inner) implements Expr {
        @Override
        public boolean test(Event e) {
            return !inner.test(e);
        }

        @Override
        public String toString() {
            return "not " + inner;
        }
    }

    record Condition(FieldRef field, ValueTest value) implements Expr {
        @Override
        public boolean test(Event e) {
            return field.test(e, value);
        }

        @Override
        public String toString() {
            return field + " " + value;
        }
    }

    record Exists(FieldRef field) implements Expr {
        @Override
        public boolean test(Event e) {
            return field.exists(e);
        }

        @Override
        public String toString() {
            return "exists " + field;
        }
    }
}
