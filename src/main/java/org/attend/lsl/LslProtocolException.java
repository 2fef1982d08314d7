package org.attend.lsl;

import java.io.IOException;

/** A peer sent something that is not valid LSL: the message names the peer and what was wrong. */
public class LslProtocolException extends IOException {

    public LslProtocolException(String message) {
        super(message);
    }

    public LslProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
