package org.attend.realtime;

/**
 * A session plan that cannot run, found before the first sample (BCI2000's preflight): one line saying which
 * setting or stream is wrong and why. Command lines report it as a usage error (exit code 2).
 */
public final class PreflightException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public PreflightException(String message) {
        super(message);
    }

    public PreflightException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Throws a {@code PreflightException} with {@code message} unless {@code condition} holds. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new PreflightException(message);
        }
    }
}
