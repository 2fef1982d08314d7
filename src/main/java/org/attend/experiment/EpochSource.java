package org.attend.experiment;

import java.io.IOException;

/** Gives the trials of a subject of the evaluation. */
@FunctionalInterface
public interface EpochSource {

    /** The trials of {@code subject}. */
    SubjectEpochs of(String subject) throws IOException;
}
