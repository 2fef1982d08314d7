package org.attend.cli;

import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code attend} command line: one subcommand per job. */
@Command(name = "attend", mixinStandardHelpOptions = true, versionProvider = AttendVersion.class,
        description = "EEG to commands in real time, and a bench for the decoders that do it.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RunCommand.class,
            ReplayCommand.class,
            RecordCommand.class,
            LiveCommand.class,
            DevicesCommand.class,
            BenchCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            ModelsCommand.class,
            LslCommand.class,
            InfoCommand.class,
            QualityCommand.class,
            ConvertCommand.class,
            DataCommand.class,
        })
public final class AttendCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /**
     * Builds the command line with Attend's error handling (one clear line, no stack trace, "did you mean" for a
     * mistyped command or option) and {@code --version} on every command.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AttendCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        everyCommand(cli, c -> c.getCommandSpec().versionProvider(new AttendVersion()));
        return cli;
    }

    /** {@code action} on {@code cli} and each of its subcommands, at every depth. */
    static void everyCommand(CommandLine cli, Consumer<CommandLine> action) {
        action.accept(cli);
        cli.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
