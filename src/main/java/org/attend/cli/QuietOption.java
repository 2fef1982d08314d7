package org.attend.cli;

import org.attend.progress.Progress;
import picocli.CommandLine.Option;

/** {@code --quiet}: no progress on stderr, for the commands that show progress of long work. */
public final class QuietOption {

    @Option(names = "--quiet", description = "Show no progress on stderr (results and errors still appear).")
    void quiet(boolean quiet) {
        Progress.setQuiet(quiet);
    }
}
