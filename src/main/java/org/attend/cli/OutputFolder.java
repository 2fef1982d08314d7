package org.attend.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a folder named on the command line for output (a model folder) before any work starts: it is a folder
 * or does not exist yet, and files can be created in it or, when it is to be made, in its nearest existing parent.
 * Writing is tried (a temporary entry made and removed), as a permission check alone does not see a read-only
 * file system or {@code /proc}. Each failure is an {@link IllegalArgumentException} (exit 2) of one line.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param option the option naming the folder, for the message (e.g. {@code --out})
     * @param folder the folder to write, existing or not
     */
    static void check(String option, Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(option + " " + folder + " is a file, not a folder");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException(option + " " + folder + ": " + existing + " is not a folder");
        }
        try {
            Files.delete(Files.createTempDirectory(existing, ".attend-write-check"));
        } catch (IOException e) {
            String why = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw new IllegalArgumentException(option + " " + folder + ": cannot write in " + existing + " (" + why
                    + ")");
        }
    }
}
