package org.attend.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code attend bench}: reproducible performance measurements. Each area adds a subcommand; every figure in
 * docs/benchmarks.md names the command that reproduces it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance (medians, p99, ratios against a baseline measured in the same run).",
        subcommands = {
            BenchSessionCommand.class,
            BenchDspCommand.class,
            BenchNnCommand.class,
            BenchLslCommand.class,
            BenchFormatsCommand.class,
            BenchLiveCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
