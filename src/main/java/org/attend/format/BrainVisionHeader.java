package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The INI-style text of a BrainVision header (.vhdr) or marker (.vmrk) file: sections of {@code key=value}
 * lines up to {@code [Comment]}, decoded with the file's {@code Codepage} (UTF-8 by default; {@code ANSI} is
 * Windows-1252), falling back to Latin-1 when the bytes are not valid in it, as MNE-Python does.
 */
final class BrainVisionHeader {

    private static final Pattern CODEPAGE = Pattern.compile("Codepage=(.+)", Pattern.CASE_INSENSITIVE);
    /** Larger header or marker files are not BrainVision text; refusing them bounds memory. */
    private static final long MAX_BYTES = 64L << 20;

    private final Path path;
    private final String firstLine;
    /** section (lower case) -> key (lower case) -> value, in file order. */
    private final Map<String, Map<String, String>> sections;
    private final Map<String, Long> lineOffsets;

    private BrainVisionHeader(Path path, String firstLine, Map<String, Map<String, String>> sections,
                              Map<String, Long> lineOffsets) {
        this.path = path;
        this.firstLine = firstLine;
        this.sections = sections;
        this.lineOffsets = lineOffsets;
    }

    static BrainVisionHeader read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new RecordingFormatException(path, -1, "a BrainVision text file of " + size + " bytes is too large");
        }
        byte[] bytes = Files.readAllBytes(path);
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, Long> offsets = new HashMap<>();
        Map<String, String> current = null;
        String currentName = "";
        String[] lines = text.split("\r?\n", -1);
        long offset = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                currentName = line.substring(1, line.length() - 1).toLowerCase(Locale.ROOT);
                if (currentName.equals("comment")) {
                    break;
                }
                current = sections.computeIfAbsent(currentName, k -> new java.util.LinkedHashMap<>());
            } else if (current != null && !line.startsWith(";") && line.contains("=")) {
                int eq = line.indexOf('=');
                String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                current.putIfAbsent(key, line.substring(eq + 1).strip());
                offsets.putIfAbsent(currentName + "/" + key, offset);
            }
            offset += raw.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return new BrainVisionHeader(path, lines.length > 0 ? lines[0].strip() : "", sections, offsets);
    }

    private static String decode(byte[] bytes) {
        Matcher m = CODEPAGE.matcher(new String(bytes, StandardCharsets.US_ASCII));
        Charset charset = StandardCharsets.UTF_8;
        if (m.find()) {
            String name = m.group(1).strip();
            try {
                charset = name.equalsIgnoreCase("ANSI") ? Charset.forName("windows-1252") : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                charset = StandardCharsets.UTF_8;
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    String firstLine() {
        return firstLine;
    }

    /** The keys and values of a section (case-insensitive name), empty if absent. */
    Map<String, String> section(String name) {
        return sections.getOrDefault(name.toLowerCase(Locale.ROOT), Map.of());
    }

    /** A value that must be present. */
    String required(String section, String key) throws RecordingFormatException {
        String v = section(section).get(key.toLowerCase(Locale.ROOT));
        if (v == null || v.isEmpty()) {
            throw new RecordingFormatException(path, -1, "missing " + key + " in [" + section + "]");
        }
        return v;
    }

    /** A numeric value that must be present, with the byte offset of its line in any error. */
    double number(String section, String key) throws RecordingFormatException {
        String v = required(section, key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(path, lineOffsets.getOrDefault(section.toLowerCase(Locale.ROOT)
                    + "/" + key.toLowerCase(Locale.ROOT), -1L), key + " is not a number: '" + v + "'");
        }
    }

    Path path() {
        return path;
    }
}
