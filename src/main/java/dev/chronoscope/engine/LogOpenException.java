package dev.chronoscope.engine;

/** The log (or an option) is unusable; the message names the file and why, for users. */
public class LogOpenException extends Exception {
    public LogOpenException(String message) {
        super(message);
    }

    public LogOpenException(String message, Throwable cause) {
        super(message, cause);
    }
}
