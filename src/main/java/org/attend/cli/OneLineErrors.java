package org.attend.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.List;
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
        CommandLine cli = e.getCommandLine();
        String name = cli.getCommandSpec().qualifiedName();
        String suggestion = "";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> close = unmatched.getSuggestions();
            if (!close.isEmpty()) {
                suggestion = "; did you mean " + String.join(" or ", close.subList(0, Math.min(3, close.size())))
                        + "?";
            }
        }
        cli.getErr().println(prefix(name) + e.getMessage() + suggestion + " (see '" + name + " --help')");
        return USAGE;
    }

    /** Every error line of a command starts with its full name: {@code attend data get: }. */
    static String prefix(String qualifiedName) {
        return qualifiedName + ": ";
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
        cli.getErr().println(prefix(cli.getCommandSpec().qualifiedName()) + message);
        return usage ? USAGE : FAILURE;
    }
}
