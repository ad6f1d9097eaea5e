package dev.chronoscope.ingest;

/** One record that could not be read: the file, where in it, and why. */
public record ReadError(String file, long position, ReadContext.PositionKind kind, String reason) {
    @Override
    public String toString() {
        String where = switch (kind) {
            case LINE -> "line " + position;
            case BYTE -> "byte " + position;
            case RECORD -> "record " + position;
        };
        return file + ": " + where + ": " + reason;
    }
}
