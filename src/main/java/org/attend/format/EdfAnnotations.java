package org.attend.format;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
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

    /**
     * The TALs of each data record for writing: record {@code r} starts with the time-keeping TAL
     * {@code +<r * recordSeconds + startFraction>\x14\x14\0}, followed by the annotations whose onset falls
     * in it (onsets written relative to the header's start second, i.e. plus {@code startFraction}).
     */
    static byte[][] encode(List<Annotation> annotations, int records, double recordSeconds, double startFraction) {
        ByteArrayOutputStream[] out = new ByteArrayOutputStream[records];
        for (int r = 0; r < records; r++) {
            out[r] = new ByteArrayOutputStream();
            write(out[r], seconds(r * recordSeconds + startFraction) + "\u0014\u0014\u0000");
        }
        for (Annotation a : annotations) {
            int r = (int) Math.max(0, Math.min(records - 1, Math.floor(a.onsetSeconds() / recordSeconds)));
            StringBuilder tal = new StringBuilder(seconds(a.onsetSeconds() + startFraction));
            if (a.durationSeconds() > 0) {
                tal.append('\u0015').append(seconds(a.durationSeconds()).substring(1));
            }
            tal.append('\u0014').append(a.label().replace('\u0014', ' ').replace('\u0000', ' '))
                    .append("\u0014\u0000");
            write(out[r], tal.toString());
        }
        byte[][] bytes = new byte[records][];
        for (int r = 0; r < records; r++) {
            bytes[r] = out[r].toByteArray();
        }
        return bytes;
    }

    /** {@code +1.25} / {@code -0.5}: signed, plain decimal, no exponent, at most nanosecond digits. */
    private static String seconds(double s) {
        String plain = BigDecimal.valueOf(Math.round(s * 1e9) / 1e9).stripTrailingZeros().toPlainString();
        return s < 0 ? plain : "+" + plain;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
