package org.attend.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns bad arguments and failures into one line on stderr and a non-zero exit; the stack trace goes to
 * the debug log only.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OneLineErrors.class);

    /** Exit code for bad arguments, as picocli's default. */
    static final int USAGE = 2;
    /** Exit code for a failure while running. */
    static final int FAILURE = 1;

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        e.getCommandLine().getErr().println("attend: " + e.getMessage()
                + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        LOG.debug("command failed", e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean usage = e instanceof IllegalArgumentException;
        cli.getErr().println("attend " + cli.getCommandName() + ": " + message);
        return usage ? USAGE : FAILURE;
    }
}
