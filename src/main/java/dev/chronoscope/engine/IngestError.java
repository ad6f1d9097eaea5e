package dev.chronoscope.engine;

/**
 * One unreadable record: the file, where in it ({@code positionKind} LINE, BYTE or RECORD) and why.
 */
public record IngestError(String file, long position, String positionKind, String reason) {
    @Override
    public String toString() {
        String where = switch (positionKind) {
            case "LINE" -> "line " + position;
            case "BYTE" -> "byte " + position;
            default -> "record " + position;
        };
        return file + ": " + where + ": " + reason;
    }
}
