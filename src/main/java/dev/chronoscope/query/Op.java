package dev.chronoscope.query;

/** The comparison operators; {@link #accept} turns a compareTo result into the answer. */
enum Op {
    EQ("=", false, true, false), NE("!=", true, false, true),
    LT("<", true, false, false), LE("<=", true, true, false),
    GT(">", false, false, true), GE(">=", false, true, true);

    final String symbol;
    /** The answers for cmp < 0, cmp == 0, cmp > 0. */
    private final boolean[] accepts;

    Op(String symbol, boolean less, boolean equal, boolean greater) {
        this.symbol = symbol;
        this.accepts = new boolean[] {less, equal, greater};
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

    /**
     * Answers by table, indexed by the sign of cmp, with no branch on it: filters run in the
     * fold's compiled code, and a comparison whose outcome first flips deep into a log (the first
     * slow request) would otherwise make the JIT throw that code away and compile it again.
     */
    boolean accept(int cmp) {
        return accepts[Integer.signum(cmp) + 1];
    }

}
