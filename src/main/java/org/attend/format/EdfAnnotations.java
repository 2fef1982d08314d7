package org.attend.format;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EDF+ Time-stamped Annotation Lists (TALs): {@code +onset[\x15duration]\x14text\x14[text\x14]\x00}, read
 * with the rules of MNE-Python's {@code _read_annotations_edf}: the first TAL of the file, when it carries
 * no text, keeps time (its onset is the fraction of a second by which the first record starts after the
 * header's start second) and is subtracted from every other onset.
 */
final class EdfAnnotations {

    private static final Pattern TAL = Pattern.compile("([+-]\\d+\\.?\\d*)(\u0015(\\d+\\.?\\d*))?(\u0014.*)\u0014$",
            Pattern.UNIX_LINES);

    /**
     * @param annotations   annotations with onsets from the first data record
     * @param startFraction seconds by which the first record starts after the header's start second
     */
    record Parsed(List<Annotation> annotations, double startFraction) {
    }

    private EdfAnnotations() {
    }

    /**
     * Parses the concatenated bytes of the annotation signals.
     *
     * @param warnings receives a note when the text is not valid UTF-8 (decoded with replacement characters)
     */
    static Parsed parse(byte[] tals, List<String> warnings) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(tals)).toString();
        } catch (CharacterCodingException e) {
            warnings.add("annotation text is not valid UTF-8; invalid bytes replaced");
            text = new String(tals, StandardCharsets.UTF_8);
        }
        List<Annotation> out = new ArrayList<>();
        double offset = 0;
        double startFraction = 0;
        int k = 0;
        for (String segment : text.split("\u0000")) {
            Matcher m = TAL.matcher(segment);
            if (!m.find()) {
                continue;
            }
            double onset = Double.parseDouble(m.group(1)) + offset;
            double duration = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
            String[] descriptions = m.group(4).split("\u0014", -1);
            boolean any = false;
            for (int i = 1; i < descriptions.length; i++) {
                if (!descriptions[i].isEmpty()) {
                    out.add(new Annotation(onset, duration, descriptions[i]));
                    any = true;
                }
            }
            if (!any && k == 0) {
                offset = -onset;
                startFraction = onset;
            }
            k++;
        }
        return new Parsed(out, startFraction);
    }
}
