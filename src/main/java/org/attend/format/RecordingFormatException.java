package org.attend.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A recording file is malformed: its message names the file, the byte offset where reading failed and what
 * was wrong, e.g. {@code "S001R04.edf at byte 256: header declares 70 signals but ..."}.
 */
public class RecordingFormatException extends IOException {

    private final transient Path file;
    private final long offset;

    /**
     * @param file   the file being read
     * @param offset byte offset of the problem in that file, or -1 when it concerns the file as a whole
     * @param detail what was wrong
     */
    public RecordingFormatException(Path file, long offset, String detail) {
        super(file.getFileName() + (offset >= 0 ? " at byte " + offset : "") + ": " + oneLine(detail));
        this.file = file;
        this.offset = offset;
    }

    /** The detail on one line: control characters a malformed file may carry (line breaks) as escapes. */
    static String oneLine(String detail) {
        StringBuilder out = new StringBuilder(detail.length());
        for (int i = 0; i < detail.length(); i++) {
            char c = detail.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The file being read. */
    public Path file() {
        return file;
    }

    /** Byte offset of the problem, or -1 when it concerns the whole file. */
    public long offset() {
        return offset;
    }
}
