package dev.chronoscope.query;

/** The comparison operators; {@link #accept} turns a compareTo result into the answer. */
enum Op {
    EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    static Op of(String symbol) {
        for (Op op : values()) {
            if (op.symbol.equals(symbol)) return op;
        }
        return null;
    }

    boolean ordering() {
        return this != EQ && this != NE;
    }

    boolean accept(int cmp) {
        return switch (this) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
        };
    }
}
