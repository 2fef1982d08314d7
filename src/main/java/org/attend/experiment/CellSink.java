package org.attend.experiment;

import java.io.IOException;

/** Receives each finished cell (stores it, counts it); an engine calls it once at a time. */
@FunctionalInterface
public interface CellSink {

    /** Takes a finished cell. */
    void accept(CellResult cell) throws IOException;
}
