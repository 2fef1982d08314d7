package org.attend.source;

import java.io.IOException;

/** No stream matched a query within the allowed time. */
public class StreamNotFoundException extends IOException {

    public StreamNotFoundException(String message) {
        super(message);
    }
}
