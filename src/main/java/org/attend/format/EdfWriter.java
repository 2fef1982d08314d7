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

/**
 * Writes a recording's signal stream ({@link Recording#eegStream()}) as EDF+ (16-bit) or BDF+ (24-bit) with
 * an annotation signal holding the recording's annotations and the markers of its other streams. Each channel
 * keeps its own rate; its physical range is the range of its data (so the quantisation step is range/65535
 * for EDF, range/16777215 for BDF), except that integer channels whose range fits the digital range
 * (stim/status channels) are stored exactly. A last partial data record is padded with zeros. What this changes
 * (markers outside the signal left out, other streams, padding, precision, a made-up start date) is returned as
 * {@link Conversion#notes()}.
 */
public final class EdfWriter {

    private static final double[] RECORD_SECONDS = {1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.04, 0.02, 0.01, 2, 4, 5, 10};
    private static final DateTimeFormatter PLUS_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);

    private EdfWriter() {
    }

    /** EDF's start date for a recording without one (the specification's placeholder for "unknown" is 1985). */
    static final Instant NO_START = Instant.parse("1985-01-01T00:00:00Z");

    /** Writes {@code recording} to {@code out}: BDF+ if {@code bdf}, else EDF+; returns what it wrote and changed. */
    public static Conversion write(Recording recording, Path out, boolean bdf) throws IOException {
        String format = bdf ? "BDF+" : "EDF+";
        RecordedStream s = Conversion.signal(recording, format);
        List<String> notes = new ArrayList<>();
        Conversion.otherStreams(recording, s, format, notes);
        double recordSeconds = recordSeconds(s.sampleRatesHz());
        int[] perRecord = new int[s.info().channelCount()];
        long records = 0;
        for (int c = 0; c < perRecord.length; c++) {
            perRecord[c] = (int) Math.round(s.sampleRatesHz()[c] * recordSeconds);
            records = Math.max(records, (s.samples()[c].length + perRecord[c] - 1) / Math.max(1, perRecord[c]));
        }
        Instant start = recording.startTime() == null ? NO_START : recording.startTime();
        if (recording.startTime() == null) {
            notes.add(recording.source().getFileName() + " has no start date: written as 1985-01-01 00:00:00, "
                    + "EDF's placeholder for an unknown date");
        }
        double fraction = (start.getNano()) / 1e9;
        List<Annotation> events = Conversion.events(recording, s, s.durationSeconds(), notes);
        byte[][] tals = EdfAnnotations.encode(events, (int) records, recordSeconds, fraction);
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
        double written = records * recordSeconds;
        if (written > s.durationSeconds() + 1e-9) {
            notes.add(String.format(Locale.ROOT, "padded with zeros from %.3f to %.3f s (%s holds whole data "
                    + "records of %s s)", s.durationSeconds(), written, format, number(recordSeconds,
                    RoundingMode.HALF_EVEN)));
        }
        precision(s, signals, bdf).ifPresent(notes::add);
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
        return new Conversion(perRecord.length, written, events.size(), notes);
    }

    /**
     * Where samples lose precision: a format finer than EDF's 16 or BDF's 24 bits stored in their integers, each
     * channel's range in 2^16 or 2^24 steps (the coarsest step named); empty when every value is kept.
     */
    private static java.util.Optional<String> precision(RecordedStream s, List<EdfSignalWriter> signals, boolean bdf) {
        int bits = bdf ? 24 : 16;
        String from = s.channelFormat();
        boolean finer = switch (from) {
            case "int8", "int16" -> false;
            case "int24" -> !bdf;
            default -> true; // int32, int64, float32, double64
        };
        if (!finer) {
            return java.util.Optional.empty();
        }
        int coarsest = 0;
        double step = 0;
        for (int c = 0; c < signals.size(); c++) {
            EdfSignalWriter w = signals.get(c);
            double st = (Double.parseDouble(w.physicalMax()) - Double.parseDouble(w.physicalMin()))
                    / (Math.pow(2, bits) - 1);
            if (st > step) {
                step = st;
                coarsest = c;
            }
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "%s samples stored as %d-bit integers, each channel's "
                + "range in %d steps (the coarsest: %s, %.3g %s)", from, bits, 1L << bits,
                s.info().channels().label(coarsest), step, s.channelUnits().get(coarsest)));
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
