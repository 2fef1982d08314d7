package org.attend.cli;

import org.attend.progress.Progress;
import picocli.CommandLine.Option;

/** {@code --quiet}: no progress on stderr, for the commands that show progress of long work. */
public final class QuietOption {

    // the default is set each time a command line is parsed: a process that runs several commands (the tests) does
    // not keep one command's --quiet for the next
    @Option(names = "--quiet", defaultValue = "false",
            description = "Show no progress on stderr (results and errors still appear).")
    void quiet(boolean quiet) {
        Progress.setQuiet(quiet);
    }
}
