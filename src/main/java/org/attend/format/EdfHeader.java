package org.attend.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fixed header of an EDF/EDF+/BDF file (256 bytes, then 256 bytes per signal), checked against the file
 * size before any data is allocated.
 *
 * @param bdf               24-bit BioSemi samples rather than 16-bit
 * @param plus              EDF+/BDF+ (reserved field starts with {@code EDF+} or {@code BDF+})
 * @param reserved          the 44-byte reserved field
 * @param startSecond       start date and time (whole seconds, UTC as the file has no zone), null if invalid
 * @param headerBytes       bytes before the first data record
 * @param records           data records present (inferred from the file size when the header disagrees)
 * @param recordSeconds     duration of a data record
 * @param signals           the signals, in file order
 * @param warnings          what was inconsistent and how it was resolved
 */
record EdfHeader(boolean bdf, boolean plus, String reserved, LocalDateTime startSecond, long headerBytes,
                 long records, double recordSeconds, List<EdfSignal> signals, List<String> warnings) {

    private static final DateTimeFormatter PLUS_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

    int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    long recordBytes() {
        long samples = 0;
        for (EdfSignal s : signals) {
            samples += s.samplesPerRecord();
        }
        return samples * bytesPerSample();
    }

    static EdfHeader read(FileCursor in) throws IOException {
        List<String> warnings = new ArrayList<>();
        in.require(256, "the 256-byte EDF header");
        byte[] version = in.bytes(8, "version");
        boolean bdf = (version[0] & 0xFF) == 0xFF;
        String versionText = new String(version, 1, 7, StandardCharsets.US_ASCII);
        if (bdf ? !versionText.equals("BIOSEMI") : !new String(version, StandardCharsets.US_ASCII).trim().equals("0")) {
            throw in.error(0, "not an EDF/BDF file: version field is '"
                    + new String(version, StandardCharsets.ISO_8859_1).trim() + "'");
        }
        in.text(80, StandardCharsets.ISO_8859_1, "patient");
        String recordingId = in.text(80, StandardCharsets.ISO_8859_1, "recording");
        long dateOffset = in.position();
        String date = in.text(8, StandardCharsets.ISO_8859_1, "start date");
        String time = in.text(8, StandardCharsets.ISO_8859_1, "start time");
        LocalDateTime start = startTime(recordingId, date, time, warnings, in, dateOffset);
        long headerBytes = number(in, 8, "header size");
        String reserved = in.text(44, StandardCharsets.ISO_8859_1, "reserved");
        boolean plus = reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
        long declaredRecords = number(in, 8, "number of data records");
        long durationOffset = in.position();
        double recordSeconds = decimal(in, 8, "data record duration");
        long signalCount = number(in, 4, "number of signals");
        if (signalCount == 0) {
            throw in.error(252, "header declares 0 signals: a recording has at least one");
        }
        if (signalCount < 0 || 256 * (signalCount + 1) > in.size()) {
            throw in.error(252, "header declares " + signalCount + " signals, which needs "
                    + 256 * (signalCount + 1) + " header bytes but the file has " + in.size());
        }
        if (headerBytes != 256 * (signalCount + 1)) {
            throw in.error(184, "header size field says " + headerBytes + " bytes but " + signalCount
                    + " signals need " + 256 * (signalCount + 1));
        }
        if (!(recordSeconds > 0)) {
            warnings.add("data record duration " + recordSeconds + " s is invalid; using 1 s (as MNE-Python)");
            recordSeconds = 1;
        } else if (Plausibility.recordSeconds(recordSeconds) != null) {
            throw in.error(durationOffset, "data record duration " + Plausibility.num(recordSeconds) + " s: "
                    + Plausibility.recordSeconds(recordSeconds));
        }
        List<EdfSignal> signals = signals(in, (int) signalCount);
        checkSignals(in, signals, recordSeconds, bdf, warnings);
        EdfHeader header = new EdfHeader(bdf, plus, reserved, start, headerBytes, declaredRecords, recordSeconds,
                signals, warnings);
        return header.withRecordsFromFileSize(in);
    }

    /**
     * Each signal's rate and digital-to-physical map must be plausible (see {@link Plausibility}); what is
     * repaired is added to {@code warnings}.
     */
    private static void checkSignals(FileCursor in, List<EdfSignal> signals, double recordSeconds, boolean bdf,
                                     List<String> warnings)
            throws RecordingFormatException {
        int n = signals.size();
        double lowest = bdf ? -8_388_608 : -32_768;
        double highest = bdf ? 8_388_607 : 32_767;
        for (int i = 0; i < n; i++) {
            EdfSignal s = signals.get(i);
            if (s.samplesPerRecord() == 0) {
                throw in.error(256 + 216L * n + 8L * i, "signal " + (i + 1) + " '" + s.label() + "': samples per "
                        + "record is 0, but " + (s.isAnnotation() ? "an annotation signal holds at least the "
                        + "time-keeping TAL of each record" : "every signal holds at least one sample per record"));
            }
            double rate = s.samplesPerRecord() / recordSeconds;
            if (rate > Plausibility.MAX_RATE_HZ) {
                throw in.error(256 + 216L * n + 8L * i, "signal " + (i + 1) + " has " + s.samplesPerRecord()
                        + " samples per " + Plausibility.num(recordSeconds) + " s record, " + Plausibility.num(rate)
                        + " Hz: " + Plausibility.rate(rate));
            }
            if (s.isAnnotation()) {
                continue;
            }
            String digital = Plausibility.digitalLimits(s.scale(), lowest, highest, bdf ? "BDF's 24-bit samples"
                    : "EDF's 16-bit samples");
            if (digital != null) {
                boolean minimum = s.digitalMin() < lowest || s.digitalMin() > highest;
                throw in.error(256 + (minimum ? 120L : 128L) * n + 8L * i, "signal " + (i + 1) + " '" + s.label()
                        + "': " + digital);
            }
            String scale = Plausibility.scale(s.scale(), s.toMicrovolts(), lowest, highest);
            if (scale != null) {
                throw in.error(256 + 104L * n + 8L * i, "signal " + (i + 1) + " '" + s.label() + "': " + scale);
            }
            String repair = Plausibility.repair(s.scale(), "signal " + (i + 1) + " '" + s.label() + "'");
            if (repair != null) {
                warnings.add(repair);
            }
        }
    }

    private EdfHeader withRecordsFromFileSize(FileCursor in) {
        long recordBytes = recordBytes(); // positive: every signal has at least one sample per record
        long dataBytes = in.size() - headerBytes;
        long present = dataBytes / recordBytes;
        long after = dataBytes - present * recordBytes;
        if (present == records && after == 0) {
            return this;
        }
        List<String> w = new ArrayList<>(warnings);
        if (present == records) {
            w.add("the file holds " + after + " bytes after its " + records + " data records (of " + recordBytes
                    + " bytes, as the signals' samples per record say); ignored");
            return new EdfHeader(bdf, plus, reserved, startSecond, headerBytes, records, recordSeconds, signals, w);
        }
        w.add("header declares " + records + " data records but the file holds " + present + " ("
                + dataBytes + " data bytes of " + recordBytes + " per record, as the signals' samples per record "
                + "say); reading " + present);
        return new EdfHeader(bdf, plus, reserved, startSecond, headerBytes, present, recordSeconds, signals, w);
    }

    private static List<EdfSignal> signals(FileCursor in, int n) throws IOException {
        String[] labels = texts(in, n, 16, "signal label");
        String[] transducers = texts(in, n, 80, "transducer");
        String[] units = texts(in, n, 8, "physical dimension");
        double[] physMin = decimals(in, n, "physical minimum");
        double[] physMax = decimals(in, n, "physical maximum");
        double[] digMin = decimals(in, n, "digital minimum");
        double[] digMax = decimals(in, n, "digital maximum");
        String[] filters = texts(in, n, 80, "prefiltering");
        List<EdfSignal> signals = new ArrayList<>(n);
        long[] samples = new long[n];
        for (int i = 0; i < n; i++) {
            samples[i] = number(in, 8, "samples per record of signal " + (i + 1));
            if (samples[i] < 0 || samples[i] > in.size()) {
                throw in.error(in.position() - 8, "signal " + (i + 1) + " declares " + samples[i]
                        + " samples per record, more than the file's " + in.size() + " bytes");
            }
        }
        in.skip(32L * n, "signal reserved fields");
        for (int i = 0; i < n; i++) {
            signals.add(new EdfSignal(labels[i], transducers[i], units[i], physMin[i], physMax[i], digMin[i],
                    digMax[i], filters[i], (int) samples[i]));
        }
        return signals;
    }

    private static String[] texts(FileCursor in, int n, int width, String what) throws IOException {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.text(width, StandardCharsets.ISO_8859_1, what);
        }
        return out;
    }

    private static double[] decimals(FileCursor in, int n, String what) throws IOException {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = decimal(in, 8, what + " of signal " + (i + 1));
        }
        return out;
    }

    private static long number(FileCursor in, int width, String what) throws IOException {
        long at = in.position();
        String text = in.text(width, StandardCharsets.ISO_8859_1, what);
        try {
            return Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw in.error(at, what + " is not an integer: '" + text + "'");
        }
    }

    private static double decimal(FileCursor in, int width, String what) throws IOException {
        long at = in.position();
        String text = in.text(width, StandardCharsets.ISO_8859_1, what).replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw in.error(at, what + " is not a number: '" + text + "'");
        }
    }

    /** Start from the dd.mm.yy / hh.mm.ss fields, with the 4-digit year of the EDF+ recording field if any. */
    private static LocalDateTime startTime(String recordingId, String date, String time, List<String> warnings,
                                           FileCursor in, long offset) {
        try {
            String[] d = date.split("\\.");
            String[] t = time.split("\\.");
            int year = Integer.parseInt(d[2].trim());
            year += year < 85 ? 2000 : 1900;
            LocalDate day = LocalDate.of(year, Integer.parseInt(d[1].trim()), Integer.parseInt(d[0].trim()));
            String[] plus = recordingId.split(" ");
            if (plus.length == 5 && plus[0].equals("Startdate")) {
                try {
                    day = LocalDate.parse(plus[1], PLUS_DATE);
                } catch (DateTimeParseException ignored) {
                    // EDF+ allows "X" for an unknown date: the dd.mm.yy field stands
                }
            }
            return LocalDateTime.of(day, LocalTime.of(Integer.parseInt(t[0].trim()), Integer.parseInt(t[1].trim()),
                    Integer.parseInt(t[2].trim())));
        } catch (RuntimeException e) {
            warnings.add(in.path().getFileName() + " at byte " + offset + ": invalid start date/time '" + date
                    + " " + time + "'; start time unknown");
            return null;
        }
    }

    /** Start as an instant, treating the header's local time as UTC (EDF stores no zone). */
    java.time.Instant startInstant() {
        return startSecond == null ? null : startSecond.toInstant(ZoneOffset.UTC);
    }
}
