package dev.chronoscope.codec;

/**
 * Bytes that do not decode: cut short, a varint over ten bytes, a length beyond the end, bad text. The
 * message names what was being read and the byte offset. It is an {@link IllegalStateException} because
 * callers decode bytes they wrote themselves; damage means the stored state is bad, not the argument.
 */
public final class MalformedBytesException extends IllegalStateException {
    public MalformedBytesException(String message) {
        super(message);
    }
}
