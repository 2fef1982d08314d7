package org.attend.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks an output file named on the command line before any work starts: its extension must be one of the
 * formats the command writes (so that {@code x.edf} never holds XDF bytes), its folder must exist and it must
 * not be a folder itself. Each failure is an {@link IllegalArgumentException} (exit 2) of one line.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param option     the option or parameter naming the file, for the message (e.g. {@code --out})
     * @param file       the file
     * @param extensions the extensions the command writes, lower case with the dot (e.g. {@code .xdf})
     * @return the extension {@code file} has
     */
    static String check(String option, Path file, List<String> extensions) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = extensions.stream().filter(name::endsWith).findFirst().orElseThrow(() ->
                new IllegalArgumentException(option + " " + file + ": this command writes "
                        + String.join(" or ", extensions) + ", so the file must end in "
                        + String.join(" or ", extensions)));
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + " is a folder, not a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": the folder " + parent
                    + (Files.exists(parent) ? " is not a folder" : " does not exist"));
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": permission denied to write in " + parent);
        }
        return extension;
    }
}
