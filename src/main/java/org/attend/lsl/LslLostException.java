package org.attend.lsl;

import java.io.IOException;

/** The stream is gone and cannot be recovered (no source_id, or recovery turned off). */
public class LslLostException extends IOException {

    public LslLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
