package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The INI-style text of a BrainVision header (.vhdr) or marker (.vmrk) file: sections of {@code key=value}
 * lines up to {@code [Comment]}, decoded with the file's {@code Codepage} (UTF-8 by default and after a UTF-8
 * byte-order mark; {@code ANSI} is Windows-1252), falling back to Latin-1 when the bytes are not valid in it, as
 * MNE-Python does; the fallback is a warning when the file declared UTF-8 (by its Codepage or a byte-order mark).
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
    private final List<String> warnings;

    private BrainVisionHeader(Path path, String firstLine, Map<String, Map<String, String>> sections,
                              Map<String, Long> lineOffsets, List<String> warnings) {
        this.path = path;
        this.firstLine = firstLine;
        this.sections = sections;
        this.lineOffsets = lineOffsets;
        this.warnings = List.copyOf(warnings);
    }

    static BrainVisionHeader read(Path path) throws IOException {
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            throw new RecordingFormatException(path, -1, "a BrainVision text file of " + size + " bytes is too large");
        }
        byte[] bytes = Files.readAllBytes(path);
        List<String> warnings = new ArrayList<>();
        Decoded decoded = decode(path, bytes, warnings);
        String text = decoded.text();
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, Long> offsets = new HashMap<>();
        Map<String, String> current = null;
        String currentName = "";
        String[] lines = text.split("\n", -1);
        long offset = decoded.firstByte();
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
            offset += raw.getBytes(decoded.charset()).length + 1;
        }
        return new BrainVisionHeader(path, lines.length > 0 ? lines[0].strip() : "", sections, offsets, warnings);
    }

    /** Text as decoded, with the charset that decoded it and the offset of its first byte (after a BOM). */
    private record Decoded(String text, Charset charset, int firstByte) {
    }

    private static Decoded decode(Path path, byte[] bytes, List<String> warnings) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        ByteBuffer text = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        Matcher m = CODEPAGE.matcher(new String(bytes, StandardCharsets.US_ASCII));
        Charset charset = StandardCharsets.UTF_8;
        if (m.find() && !bom) {
            String name = m.group(1).strip();
            try {
                charset = name.equalsIgnoreCase("ANSI") ? Charset.forName("windows-1252") : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                warnings.add(path.getFileName() + ": Codepage '" + RecordingFormatException.oneLine(name)
                        + "' is unknown; read as UTF-8");
            }
        }
        boolean declaredUtf8 = bom || (m.find(0) && charset.equals(StandardCharsets.UTF_8));
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) (text.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(text, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new Decoded(out.flip().toString(), charset, bom ? 3 : 0);
        }
        if (declaredUtf8) {
            warnings.add(String.format(Locale.ROOT, "%s: declares UTF-8%s but byte %d (0x%02X) is not UTF-8; read "
                    + "as Latin-1", path.getFileName(), bom ? " by its byte-order mark" : "", text.position(),
                    bytes[text.position()] & 0xFF));
        }
        return new Decoded(new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1, bom ? 3 : 0);
    }

    /** What was repaired while decoding the text, each naming the file. */
    List<String> warnings() {
        return warnings;
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
