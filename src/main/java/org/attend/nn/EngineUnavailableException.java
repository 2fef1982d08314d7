package org.attend.nn;

/** DJL's PyTorch engine could not start from the native jars on the classpath (nothing is downloaded). */
public class EngineUnavailableException extends IllegalStateException {

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
