package dev.chronoscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Splits a byte stream into lines over one large reusable buffer, so that a line is handed out as
 * (buffer, start, end) without copying. Lines end at {@code \n} (a {@code \r} before it and a
 * UTF-8 BOM at the start are dropped). A line longer than {@link #MAX_LINE} is never held: it is
 * reported and skipped by reading on to the next newline in buffer-sized chunks.
 */
final class LineSplitter {
    static final int MAX_LINE = 16 << 20;
    private static final int INITIAL = 1 << 20;
    private static final int SMALLEST = 1 << 12;

    private final InputStream in;
    private final LongConsumer bytesRead;
    private byte[] buf;
    private int start;
    private int end;
    private int scan;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    private boolean terminated;

    /** {@code sizeHint}: the stream's length if known, so that a folder of small files needs no 1 MB buffers. */
    LineSplitter(InputStream in, long sizeHint, LongConsumer bytesRead) {
        this.in = in;
        this.bytesRead = bytesRead;
        this.buf = new byte[(int) Math.max(SMALLEST, Math.min(INITIAL, sizeHint + 1))];
    }

    /**
     * Moves to the next line; false at the end of the stream. A line over the limit is passed to
     * {@code tooLong} with its number, skipped, and counted.
     */
    boolean next(LongConsumer tooLong) throws IOException {
        while (true) {
            int nl = indexOfNewline(scan, end);
            if (nl >= 0) {
                setLine(start, nl, true);
                start = scan = nl + 1;
                return true;
            }
            scan = end;
            if (end - start > MAX_LINE) {
                tooLong.accept(++lineNumber);
                skipRestOfLine();
                continue;
            }
            if (eof) {
                if (start == end) return false;
                setLine(start, end, false);
                start = scan = end;
                return true;
            }
            fill();
        }
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** False for a last line that the stream ended without a newline. */
    boolean terminated() {
        return terminated;
    }

    private void setLine(int from, int to, boolean endsWithNewline) {
        lineNumber++;
        if (lineNumber == 1 && to - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB
                && buf[from + 2] == (byte) 0xBF) {
            from += 3;
        }
        lineStart = from;
        lineEnd = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        terminated = endsWithNewline;
    }

    private int indexOfNewline(int from, int to) {
        byte[] b = buf;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') return i;
        }
        return -1;
    }

    private void fill() throws IOException {
        if (start > 0) {
            int kept = end - start;
            System.arraycopy(buf, start, buf, 0, kept);
            scan -= start;
            end = kept;
            start = 0;
        }
        if (end == buf.length) buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_LINE + 2));
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
            bytesRead.accept(n);
        }
    }

    /** Drops what is buffered of an over-long line and reads on, chunk by chunk, past its newline. */
    private void skipRestOfLine() throws IOException {
        while (true) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                start = end = scan = 0;
                return;
            }
            bytesRead.accept(n);
            end = n;
            start = scan = 0;
            int nl = indexOfNewline(0, n);
            if (nl >= 0) {
                start = scan = nl + 1;
                return;
            }
        }
    }
}
