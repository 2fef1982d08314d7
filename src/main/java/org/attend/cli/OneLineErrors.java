package org.attend.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
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

    /** An operating-system error as one line naming the cause, not just the path as the JDK's message does. */
    static String plainly(FileSystemException e) {
        String file = e.getFile();
        String cause = e.getReason() != null ? e.getReason()
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NotDirectoryException ? "not a folder"
                : e instanceof FileAlreadyExistsException ? "already exists"
                : e.getClass().getSimpleName();
        return (file == null ? "" : file + ": ") + cause + (e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")");
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
        LOG.debug("command failed", e);
        String message = e instanceof FileSystemException fs ? plainly(fs)
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean usage = e instanceof IllegalArgumentException;
        cli.getErr().println("attend " + cli.getCommandName() + ": " + message);
        return usage ? USAGE : FAILURE;
    }
}
