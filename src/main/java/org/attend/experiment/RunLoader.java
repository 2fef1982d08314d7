package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one recording file as a {@link ContinuousRun}. */
@FunctionalInterface
public interface RunLoader {

    /** The EEG signals and annotations of {@code file}. */
    ContinuousRun load(Path file) throws IOException;
}
