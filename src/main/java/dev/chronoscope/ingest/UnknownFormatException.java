package dev.chronoscope.ingest;

import java.io.IOException;

/**
 * No log format fits the input (or the one asked for does not exist). The message names the file
 * or folder, says why, and lists the known formats.
 */
public class UnknownFormatException extends IOException {
    private final String file;

    public UnknownFormatException(String file, String message) {
        super(message);
        this.file = file;
    }

    /** The file or folder in question. */
    public String file() {
        return file;
    }
}
