package dev.chronoscope.query;

/**
 * A text as a regular expression's matcher sees it, counting the characters the matcher reads
 * and throwing {@link OutOfSteps} past a budget. Java's matcher backtracks and never checks for
 * interruption, so this is the one way to stop an expression that would run for hours on one
 * value ({@code .*.*.*==} on a long line). Used by filter regexes and by readers that match a
 * user's expression against log text.
 */
public final class BoundedText implements CharSequence {
    private final String text;
    private final long maxSteps;
    private long steps;

    public BoundedText(String text, long maxSteps) {
        this.text = text;
        this.maxSteps = maxSteps;
    }

    @Override
    public char charAt(int index) {
        if (++steps > maxSteps) throw new OutOfSteps(maxSteps);
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Why a matcher gave up, in the user's words: {@code failure} is what it threw, an
     * {@link OutOfSteps} or a StackOverflowError.
     */
    public static String whyGaveUp(Throwable failure) {
        return failure instanceof StackOverflowError ? "its repetition nests too deep" : "it backtracks too much";
    }

    /** The matcher read more characters than the budget allows. */
    public static final class OutOfSteps extends RuntimeException {
        public OutOfSteps(long maxSteps) {
            super("more than " + maxSteps + " characters read", null, false, false);
        }
    }
}
