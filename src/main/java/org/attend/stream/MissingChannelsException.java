package org.attend.stream;

import java.util.List;

/** A stream lacks channels that a decoder or montage requires. */
public class MissingChannelsException extends IllegalArgumentException {

    private final List<String> missing;

    public MissingChannelsException(List<String> missing, List<String> available) {
        super("missing channels " + missing + " (the stream has " + available.size() + ": " + available + ")");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
