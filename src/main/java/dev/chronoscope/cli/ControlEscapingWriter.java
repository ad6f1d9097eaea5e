package dev.chronoscope.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes control characters (but line breaks and tabs) and bidirectional controls as {@code \}{@code
 * uXXXX} escapes. A log is untrusted text: an escape sequence in an event type, a field or a file
 * name, printed raw, would drive the user's terminal (retitle it, move the cursor, hide lines), and
 * U+202E would show the rest of its line reversed. In {@code --json} output the same escape is
 * JSON's spelling of the same character, so the document means what it meant. Everything the
 * commands print, output and errors, goes through one. Line breaks and tabs inside log text are
 * not layout: commands pass such text through {@link #oneLine} before they place it in a line.
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

    /** C0 and C1 controls, DEL and the bidirectional embeddings, overrides and isolates; line breaks and tabs are layout. */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Text from the log (a type, a lane, a path, a file name) for one line of text output: its line
     * breaks and tabs escaped as well, so that a value can neither start a line of its own nor
     * shift the columns after it.
     */
    static String oneLine(Object text) {
        String s = String.valueOf(text);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean layout = c == '\n' || c == '\r' || c == '\t';
            if (layout && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (b != null) {
                if (layout) b.append(escape(c));
                else b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
