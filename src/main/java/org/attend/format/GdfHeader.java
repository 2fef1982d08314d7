package org.attend.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a GDF 1.x or 2.x file: the fixed part, one block per signal and, in GDF 2, the header-3
 * tag-length-value fields (tag 1: descriptions of the user-defined event codes), checked against the file
 * size before anything is allocated.
 *
 * @param version       format version, e.g. 1.25 or 2.10
 * @param start         start of the recording, null if unknown
 * @param headerBytes   bytes before the data records
 * @param records       data records present (inferred from the file size when the header says -1 or lies)
 * @param cut           whether the file ends inside the records the header declares (then no event table follows)
 * @param recordSeconds duration of a record
 * @param signals       the signals
 * @param tags          header-3 tags by number (GDF 2 only)
 * @param warnings      what was inconsistent and how it was resolved
 */
record GdfHeader(double version, Instant start, long headerBytes, long records, boolean cut, double recordSeconds,
                 List<GdfSignal> signals, Map<Integer, byte[]> tags, List<String> warnings) {

    /** Bytes of one data record. */
    long recordBytes() {
        long n = 0;
        for (GdfSignal s : signals) {
            n += (long) s.samplesPerRecord() * GdfSignal.bytes(s.type());
        }
        return n;
    }

    /**
     * Labels of user-defined event codes 1..255 from header-3 tag 1 (index 0 is code 1): its zero-separated
     * strings, empty ones (the leading byte, the padding) skipped.
     */
    List<String> eventDescriptions() {
        byte[] tag = tags.get(1);
        if (tag == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : new String(tag, StandardCharsets.UTF_8).split("\0")) {
            if (!s.isEmpty() && out.size() < 255) {
                out.add(s);
            }
        }
        return out;
    }

    static GdfHeader read(FileCursor in) throws IOException {
        in.require(256, "the 256-byte GDF header");
        String versionText = new String(in.bytes(8, "version"), StandardCharsets.ISO_8859_1);
        double version;
        try {
            version = Double.parseDouble(versionText.substring(4).trim());
        } catch (NumberFormatException e) {
            throw in.error(0, "not a GDF version: '" + versionText + "'");
        }
        List<String> warnings = new ArrayList<>();
        if (!(version >= 1 && version < 4)) {
            throw in.error(0, "GDF version " + versionText.substring(4).trim() + ": Attend reads GDF 1.x and 2.x (3.x "
                    + "with a warning)");
        }
        if (version >= 3) {
            warnings.add("GDF version " + versionText.substring(4).trim() + " is newer than the 2.x this reader "
                    + "knows; read with the GDF 2 layout");
        }
        boolean v1 = version < 1.9;
        Instant start = v1 ? startV1(in) : startV2(in);
        in.seek(184);
        long headerBytes = v1 ? in.i64("header length") : in.u16("header length in blocks") * 256L;
        in.seek(236);
        long records = in.i64("number of records");
        long numerator = in.u32("record duration numerator");
        long denominator = in.u32("record duration denominator");
        int ns = v1 ? (int) Math.min(in.u32("number of signals"), Integer.MAX_VALUE) : in.u16("number of signals");
        if (ns == 0) {
            throw in.error(252, "header declares 0 signals: a recording has at least one");
        }
        if (256L * (ns + 1) > in.size() || headerBytes < 256L * (ns + 1) || headerBytes > in.size()) {
            throw in.error(184, "header length " + headerBytes + " and " + ns + " signals do not fit a file of "
                    + in.size() + " bytes");
        }
        double recordSeconds = numerator == 0 || denominator == 0 ? 1 : (double) numerator / denominator;
        if (numerator == 0 || denominator == 0) {
            warnings.add("record duration " + numerator + "/" + denominator + " is invalid; using 1 s");
        }
        if (Plausibility.recordSeconds(recordSeconds) != null) {
            throw in.error(244, "record duration " + numerator + "/" + denominator + " = "
                    + Plausibility.num(recordSeconds) + " s: " + Plausibility.recordSeconds(recordSeconds));
        }
        List<GdfSignal> signals = GdfSignals.read(in, ns, v1);
        checkSignals(in, signals, recordSeconds, warnings);
        Map<Integer, byte[]> tags = v1 ? Map.of() : tags(in, 256L * (ns + 1), headerBytes);
        GdfHeader header = new GdfHeader(version, start, headerBytes, records, false, recordSeconds, signals, tags,
                warnings);
        return header.withRecordsFromFileSize(in);
    }

    /**
     * Each signal's rate and digital-to-physical map must be plausible (see {@link Plausibility}); what is
     * repaired is added to {@code warnings}.
     */
    private static void checkSignals(FileCursor in, List<GdfSignal> signals, double recordSeconds,
                                     List<String> warnings)
            throws RecordingFormatException {
        int n = signals.size();
        for (int i = 0; i < n; i++) {
            GdfSignal s = signals.get(i);
            double rate = s.samplesPerRecord() / recordSeconds;
            if (rate > Plausibility.MAX_RATE_HZ) {
                throw in.error(256 + 216L * n + 4L * i, "signal " + (i + 1) + " has " + s.samplesPerRecord()
                        + " samples per " + Plausibility.num(recordSeconds) + " s record, " + Plausibility.num(rate)
                        + " Hz: " + Plausibility.rate(rate));
            }
            double[] range = s.range();
            String digital = s.isInteger() ? Plausibility.digitalLimits(s.scale(), range[0], range[1],
                    "its " + s.typeName() + " samples") : null;
            if (digital != null) {
                boolean minimum = !(s.scale().digitalMin() >= range[0] && s.scale().digitalMin() <= range[1]);
                throw in.error(256 + (minimum ? 120L : 128L) * n + 8L * i, "signal " + (i + 1) + " '" + s.label()
                        + "': " + digital);
            }
            String scale = Plausibility.scale(s.scale(), s.toMicrovolts(), range[0], range[1]);
            if (scale != null) {
                throw in.error(256 + 104L * n + 8L * i, "signal " + (i + 1) + " '" + s.label() + "': " + scale);
            }
            String repair = Plausibility.repair(s.scale(), "signal " + (i + 1) + " '" + s.label() + "'");
            if (repair != null) {
                warnings.add(repair);
            }
        }
    }

    /**
     * The records the file holds: as declared when they fit; the whole records there are when the count is -1
     * (unknown, as the GDF specification allows) or when the file ends inside the declared records (it was cut,
     * or a signal's samples per record is wrong), with a warning.
     */
    private GdfHeader withRecordsFromFileSize(FileCursor in) {
        long recordBytes = recordBytes();
        long dataBytes = in.size() - headerBytes;
        long fit = recordBytes == 0 ? 0 : dataBytes / recordBytes;
        if (recordBytes == 0 || (records >= 0 && records <= fit)) {
            return this;
        }
        List<String> w = new ArrayList<>(warnings);
        if (records == -1) {
            w.add("number of records is -1 (unknown, as GDF allows); reading the " + fit + " whole records of "
                    + recordBytes + " bytes the file holds");
        } else {
            w.add("header declares " + records + " records of " + recordBytes + " bytes (as the signals' samples "
                    + "per record and data types say) but the file holds " + fit + " and "
                    + (dataBytes - fit * recordBytes) + " bytes; reading " + fit + ", without events");
        }
        return new GdfHeader(version, start, headerBytes, fit, records != -1, recordSeconds, signals, tags, w);
    }

    private static Instant startV1(FileCursor in) throws IOException {
        in.seek(168);
        String t = new String(in.bytes(16, "start time"), StandardCharsets.ISO_8859_1);
        try {
            String centis = t.substring(14, 16).isBlank() ? "00" : t.substring(14, 16);
            return LocalDateTime.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                    Integer.parseInt(t.substring(6, 8)), Integer.parseInt(t.substring(8, 10)),
                    Integer.parseInt(t.substring(10, 12)), Integer.parseInt(t.substring(12, 14)),
                    Integer.parseInt(centis.trim()) * 10_000_000).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** GDF 2 start: days since 0000-01-01 as 32.32 fixed point (MNE: 0001-01-01 + t − 367 days). */
    private static Instant startV2(FileCursor in) throws IOException {
        in.seek(168);
        long raw = in.i64("start time");
        if (raw == 0) {
            return null;
        }
        double days = (raw >>> 32) + (raw & 0xFFFFFFFFL) / 4294967296.0;
        try {
            long micros = Math.round((days - 367) * 86_400e6);
            return LocalDateTime.of(1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC)
                    .plusSeconds(Math.floorDiv(micros, 1_000_000L)).plusNanos(Math.floorMod(micros, 1_000_000L) * 1000);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static Map<Integer, byte[]> tags(FileCursor in, long from, long to) throws IOException {
        Map<Integer, byte[]> tags = new HashMap<>();
        in.seek(from);
        while (in.position() + 4 <= to) {
            long at = in.position();
            int tag = in.u8("header-3 tag");
            if (tag == 0) {
                break;
            }
            int length = in.u8("tag length") | in.u8("tag length") << 8 | in.u8("tag length") << 16;
            if (in.position() + length > to) {
                throw in.error(at, "header-3 tag " + tag + " of " + length + " bytes overruns the header (ends at "
                        + to + ")");
            }
            tags.put(tag, in.bytes(length, "header-3 tag " + tag));
        }
        return tags;
    }
}
