package org.attend.cli;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A command as a line to paste into a POSIX shell: each argument quoted where the shell would change it. */
final class ShellLine {

    /** Characters no POSIX shell gives a meaning to in an unquoted word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    private ShellLine() {
    }

    /** {@code words} joined by spaces, each in single quotes unless it is plain ({@code it's} as {@code 'it'\''s'}). */
    static String of(List<String> words) {
        return words.stream().map(w -> PLAIN.matcher(w).matches() ? w : "'" + w.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
    }
}
