package org.attend.cli;

import picocli.CommandLine.Option;

/**
 * {@code --repetitions N --warmup N}: a benchmark's timed repetitions and the untimed ones before them (for the JIT),
 * each command with its own defaults.
 */
final class RepetitionsOption {

    @Option(names = "--repetitions", paramLabel = "N", description = "Timed repetitions (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Untimed repetitions first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    RepetitionsOption(int repetitions, int warmup) {
        this.repetitions = repetitions;
        this.warmup = warmup;
    }
}
