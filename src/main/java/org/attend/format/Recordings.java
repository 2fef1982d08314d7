package org.attend.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The entry point for reading recorded EEG: {@link #read(Path)} recognises the format by its magic bytes
 * (falling back to the file extension) and returns one {@link Recording} model for every format.
 */
public final class Recordings {

    private Recordings() {
    }

    /**
     * Reads a recording: EDF/EDF+, BDF, GDF 1.x/2.x, BrainVision (the {@code .vhdr}, or its {@code .eeg} or
     * {@code .vmrk} beside it) or XDF (clock offsets applied, no de-jittering; see {@link XdfReader}).
     *
     * @throws RecordingFormatException when the file is malformed, naming the file, byte offset and problem
     * @throws IOException              when the file cannot be read
     */
    public static Recording read(Path path) throws IOException {
        return switch (detect(path)) {
            case EDF, BDF -> EdfReader.read(path);
            case XDF -> XdfReader.read(path, XdfReader.Options.DEFAULT);
            case BRAINVISION -> BrainVisionReader.read(path);
            case GDF -> GdfReader.read(path);
        };
    }

    /** The format of a file, from its first bytes or else its extension. */
    public static RecordingFormat detect(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            throw new FileSystemException(path.toString(), null, "is a folder, not a recording");
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(path)) {
            throw new FileSystemException(path.toString(), null, "is not a regular file (a FIFO, socket or device)");
        }
        if (!Files.isReadable(path)) {
            throw new AccessDeniedException(path.toString(), null, "permission denied");
        }
        byte[] head = new byte[34];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (text.startsWith("XDF:")) {
            return RecordingFormat.XDF;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xFF && text.startsWith("BIOSEMI", 1)) {
            return RecordingFormat.BDF;
        }
        if (text.startsWith("GDF ")) {
            return RecordingFormat.GDF;
        }
        if (n >= 8 && text.substring(0, 8).equals("0       ")) {
            return RecordingFormat.EDF;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        // a BrainVision header may start with a UTF-8 byte order mark (read here as Latin-1)
        if (text.startsWith("Brain Vision") || text.startsWith("\u00EF\u00BB\u00BFBrain Vision")
                || name.endsWith(".vhdr") || name.endsWith(".vmrk")
                || name.endsWith(".eeg") && Files.exists(BrainVisionReader.headerBeside(path))) {
            return RecordingFormat.BRAINVISION;
        }
        throw new RecordingFormatException(path, 0, "unknown format: the file starts with neither an EDF, BDF, "
                + "GDF, XDF nor BrainVision signature");
    }
}
