package org.attend.decode;

import java.util.List;

/** No decoder is registered under the requested name. */
public class UnknownDecoderException extends IllegalArgumentException {

    public UnknownDecoderException(String name, List<String> known) {
        super("unknown decoder '" + name + "' (available: " + String.join(", ", known) + ")");
    }
}
