package org.attend.format;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attend.stream.Marker;

/**
 * Writes a recording's signal stream ({@link Recording#eegStream()}) as EDF+ (16-bit) or BDF+ (24-bit) with
 * an annotation signal holding the recording's annotations and the markers of its other streams. Each channel
 * keeps its own rate; its physical range is the range of its data (so the quantisation step is range/65535
 * for EDF, range/16777215 for BDF), except that integer channels whose range fits the digital range
 * (stim/status channels) are stored exactly. A last partial data record is padded with zeros.
 */
public final class EdfWriter {

    private static final double[] RECORD_SECONDS = {1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.04, 0.02, 0.01, 2, 4, 5, 10};
    private static final DateTimeFormatter PLUS_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private EdfWriter() {
    }

    /** Writes {@code recording} to {@code out}: BDF+ if {@code bdf}, else EDF+. */
    public static void write(Recording recording, Path out, boolean bdf) throws IOException {
        RecordedStream s = recording.eegStream().orElseThrow(() -> new IllegalArgumentException(
                recording.source().getFileName() + " has no signal stream to write"));
        if (s.info().sampleRateHz() <= 0) {
            throw new IllegalArgumentException(s.info().name() + " is irregularly sampled: EDF needs a fixed rate");
        }
        double recordSeconds = recordSeconds(s.sampleRatesHz());
        int[] perRecord = new int[s.info().channelCount()];
        long records = 0;
        for (int c = 0; c < perRecord.length; c++) {
            perRecord[c] = (int) Math.round(s.sampleRatesHz()[c] * recordSeconds);
            records = Math.max(records, (s.samples()[c].length + perRecord[c] - 1) / Math.max(1, perRecord[c]));
        }
        Instant start = recording.startTime() == null ? Instant.parse("1985-01-01T00:00:00Z") : recording.startTime();
        double fraction = (start.getNano()) / 1e9;
        byte[][] tals = EdfAnnotations.encode(annotations(recording, s), (int) records, recordSeconds, fraction);
        int width = bdf ? 3 : 2;
        int talSamples = 1;
        for (byte[] t : tals) {
            talSamples = Math.max(talSamples, (t.length + width - 1) / width);
        }
        List<EdfSignalWriter> signals = new ArrayList<>();
        for (int c = 0; c < perRecord.length; c++) {
            signals.add(EdfSignalWriter.of(s.info().channels().label(c), s.channelUnits().get(c), s.samples()[c],
                    perRecord[c], bdf));
        }
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out))) {
            o.write(header(start, bdf, records, recordSeconds, signals, talSamples));
            for (int r = 0; r < records; r++) {
                for (EdfSignalWriter signal : signals) {
                    signal.writeRecord(o, r);
                }
                byte[] tal = tals[r];
                o.write(tal);
                o.write(new byte[talSamples * width - tal.length]);
            }
        }
    }

    /** Annotations plus the markers of string streams, as onsets from the signal stream's first sample. */
    private static List<Annotation> annotations(Recording recording, RecordedStream s) {
        List<Annotation> out = new ArrayList<>(recording.annotations());
        double origin = s.sampleCount() > 0 ? s.timestamps()[0] : 0;
        if (recording.annotations().isEmpty()) {
            for (Marker m : recording.markers()) {
                out.add(new Annotation(m.time() - origin, 0, m.label()));
            }
        }
        return out;
    }

    private static double recordSeconds(double[] rates) {
        for (double seconds : RECORD_SECONDS) {
            boolean whole = true;
            for (double rate : rates) {
                double n = rate * seconds;
                whole &= n >= 1 && Math.abs(n - Math.round(n)) < 1e-9;
            }
            if (whole) {
                return seconds;
            }
        }
        throw new IllegalArgumentException("sample rates " + java.util.Arrays.toString(rates)
                + " Hz give no whole number of samples per EDF data record");
    }

    private static byte[] header(Instant start, boolean bdf, long records, double recordSeconds,
                                 List<EdfSignalWriter> signals, int talSamples) {
        int ns = signals.size() + 1;
        StringBuilder h = new StringBuilder();
        LocalDateTime t = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
        h.append(field(bdf ? "xBIOSEMI" : "0", 8));
        h.append(field("X X X X", 80));
        h.append(field("Startdate " + PLUS_DATE.format(t).toUpperCase(Locale.ROOT) + " X X Attend", 80));
        h.append(field(DateTimeFormatter.ofPattern("dd.MM.yy").format(t), 8));
        h.append(field(DateTimeFormatter.ofPattern("HH.mm.ss").format(t), 8));
        h.append(field(String.valueOf(256 * (ns + 1)), 8));
        h.append(field(bdf ? "BDF+C" : "EDF+C", 44));
        h.append(field(String.valueOf(records), 8));
        h.append(field(number(recordSeconds, RoundingMode.HALF_EVEN), 8));
        h.append(field(String.valueOf(ns), 4));
        String annotationLabel = bdf ? "BDF Annotations" : "EDF Annotations";
        long digitalMax = bdf ? 8_388_607 : 32_767;
        for (EdfSignalWriter s : signals) {
            h.append(field(s.label(), 16));
        }
        h.append(field(annotationLabel, 16));
        signals.forEach(s -> h.append(field("", 80)));
        h.append(field("", 80));
        signals.forEach(s -> h.append(field(s.unit(), 8)));
        h.append(field("", 8));
        signals.forEach(s -> h.append(field(s.physicalMin(), 8)));
        h.append(field("-1", 8));
        signals.forEach(s -> h.append(field(s.physicalMax(), 8)));
        h.append(field("1", 8));
        signals.forEach(s -> h.append(field(String.valueOf(-digitalMax - 1), 8)));
        h.append(field(String.valueOf(-digitalMax - 1), 8));
        signals.forEach(s -> h.append(field(String.valueOf(digitalMax), 8)));
        h.append(field(String.valueOf(digitalMax), 8));
        signals.forEach(s -> h.append(field("", 80)));
        h.append(field("", 80));
        signals.forEach(s -> h.append(field(String.valueOf(s.perRecord()), 8)));
        h.append(field(String.valueOf(talSamples), 8));
        for (int i = 0; i < ns; i++) {
            h.append(field("", 32));
        }
        byte[] bytes = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (bdf) {
            bytes[0] = (byte) 0xFF;
        }
        return bytes;
    }

    /** A header field: printable ASCII, left-aligned, space-padded to {@code width}. */
    static String field(String text, int width) {
        StringBuilder out = new StringBuilder(width);
        for (char c : text.toCharArray()) {
            if (out.length() == width) {
                break;
            }
            out.append(c >= 0x20 && c < 0x7F ? c : c == '\u00B5' ? 'u' : '?');
        }
        while (out.length() < width) {
            out.append(' ');
        }
        return out.toString();
    }

    /** A decimal in at most 8 characters, rounded in the given direction. */
    static String number(double value, RoundingMode rounding) {
        BigDecimal v = new BigDecimal(value);
        for (int digits = 8; digits > 0; digits--) {
            BigDecimal r = v.round(new java.math.MathContext(digits, rounding));
            String text = r.stripTrailingZeros().toPlainString();
            if (text.length() <= 8) {
                return text;
            }
        }
        throw new IllegalArgumentException("cannot write " + value + " in 8 characters");
    }
}
