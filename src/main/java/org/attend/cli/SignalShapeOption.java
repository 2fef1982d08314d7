package org.attend.cli;

import picocli.CommandLine.Option;

/** {@code --channels N --rate HZ}: the synthetic signal a benchmark runs on, each command with its own defaults. */
final class SignalShapeOption {

    @Option(names = "--channels", paramLabel = "N", description = "Channels (default: ${DEFAULT-VALUE}).")
    int channels;

    @Option(names = "--rate", paramLabel = "HZ", description = "Sample rate, Hz (default: ${DEFAULT-VALUE}).")
    double rateHz;

    SignalShapeOption(int channels, double rateHz) {
        this.channels = channels;
        this.rateHz = rateHz;
    }
}
