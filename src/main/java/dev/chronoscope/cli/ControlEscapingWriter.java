package dev.chronoscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes control characters (but line breaks and tabs) as {@code \}{@code uXXXX} escapes. A log is
 * untrusted text: an escape sequence in an event type, a field or a file name, printed raw, would
 * drive the user's terminal (retitle it, move the cursor, hide lines). In {@code --json} output
 * the same escape is JSON's spelling of the same character, so the document means what it meant.
 * Everything the commands print, output and errors, goes through one.
 */
final class ControlEscapingWriter extends FilterWriter {
    ControlEscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (isControl(c)) out.write(escape((char) c));
        else out.write(c);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int from = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (!isControl(c)) continue;
            out.write(s, from, i - from);
            out.write(escape(c));
            from = i + 1;
        }
        out.write(s, from, end - from);
    }

    /** C0 and C1 controls and DEL; line breaks and tabs are layout. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    private static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
