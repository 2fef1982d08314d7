package org.attend.experiment;

import java.io.IOException;
import java.util.List;

/** A collection of recordings, organised by subject, session and run. */
public interface Dataset {

    /** Short name for results and reports, e.g. {@code "eegmmidb"}. */
    String name();

    /** Every subject id found, in natural order. */
    List<String> subjects() throws IOException;

    /** The runs of {@code subject} that belong to {@code paradigm}, in recording order. */
    List<RunRef> runs(String subject, Paradigm paradigm) throws IOException;
}
