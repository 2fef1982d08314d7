package org.attend.realtime;

/**
 * A session that failed while running (a non-finite sample, a decoder, sink or source failure): one line
 * naming the stream and what went wrong. Every output has been sent {@code stop} before it is thrown.
 * Command lines report it as a runtime failure (exit code 1).
 */
public final class SessionFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionFailedException(String message) {
        super(message);
    }

    public SessionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
