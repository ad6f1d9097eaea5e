package dev.chronoscope.cli;

import java.io.PrintWriter;
import java.io.Writer;

/** A writer that remembers whether anything went through it, so a failed command knows if it can rerun. */
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
        super.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) {
        written = true;
        super.write(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
        written = true;
        super.write(s, off, len);
    }
}
