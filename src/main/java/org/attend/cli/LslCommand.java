package org.attend.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code attend lsl}: Lab Streaming Layer tools. */
@Command(name = "lsl", mixinStandardHelpOptions = true,
        description = "Lab Streaming Layer tools: list visible streams, publish a recording.",
        subcommands = {LslListCommand.class, LslSendCommand.class})
public final class LslCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
