package dev.chronoscope.cli;

/** The log or an argument cannot be used: exit status 1 with this message on stderr. */
final class UnusableException extends RuntimeException {
    UnusableException(String message) {
        super(message);
    }

    UnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
