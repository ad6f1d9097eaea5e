package dev.chronoscope.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The output writer of the commands that read a log. It remembers whether anything went through
 * it, so a failed command knows if it can rerun. And it writes control characters (but line
 * breaks and tabs) as {@code \}{@code uXXXX} escapes: a log is untrusted text, and an escape
 * sequence in an event type or a field, printed raw, would drive the user's terminal (retitle it,
 * move the cursor, hide lines). In {@code --json} output the same escape is the JSON spelling of
 * the same character, so the document means what it meant.
 */
final class WatchedWriter extends PrintWriter {
    private boolean written;

    WatchedWriter(Writer out) {
        super(out);
    }

    boolean written() {
        return written;
    }

    @Override
    public void println() {
        written = true;
        super.println();
    }

    // PrintWriter funnels print, printf, append and println(x) through these three.
    @Override
    public void write(int c) {
        written = true;
        if (isControl(c)) super.write(escape((char) c));
        else super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        written = true;
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (!isControl(c)) continue;
            super.write(s, from, i - from);
            super.write(escape(c));
            from = i + 1;
        }
        super.write(s, from, end - from);
    }

    /** C0 and C1 controls and DEL; line breaks and tabs are layout. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    private static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
