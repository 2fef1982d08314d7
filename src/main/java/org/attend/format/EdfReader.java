package org.attend.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads EDF, EDF+ and BDF(+) files with MNE-Python's conventions: physical scaling
 * {@code (digital * gain + offset)} converted to microvolts for voltage units, per-signal rates kept as they
 * are (no resampling), stim channels ({@code Status}/{@code Trigger}) as integers masked to 17 bits (BDF: the
 * raw 24-bit value), annotations from every {@code EDF Annotations}/{@code BDF Annotations} signal, duplicate
 * labels made unique, and the start time refined by the first TAL's sub-second onset. EDF+D files are read as
 * if continuous (as MNE-Python does).
 */
public final class EdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(EdfReader.class);

    private EdfReader() {
    }

    /** Reads the whole file. */
    public static Recording read(Path path) throws IOException {
        try (FileCursor in = new FileCursor(path)) {
            EdfHeader header = EdfHeader.read(in);
            List<String> warnings = new ArrayList<>(header.warnings());
            Signals signals = readSignals(in, header);
            EdfAnnotations.Parsed tals = EdfAnnotations.parse(signals.tals(), warnings);
            Instant start = header.startInstant();
            if (start != null && tals.startFraction() != 0) {
                start = start.plusNanos(Math.round(tals.startFraction() * 1e9));
            }
            if (header.reserved().startsWith("EDF+D") || header.reserved().startsWith("BDF+D")) {
                warnings.add("discontinuous EDF+D file read as continuous (record times ignored)");
            }
            warnings.forEach(w -> LOG.warn("{}: {}", path.getFileName(), w));
            RecordedStream stream = signals.stream();
            List<Annotation> annotations = stream == null ? tals.annotations()
                    : Annotation.crop(tals.annotations(), stream.durationSeconds());
            return new Recording(path, header.bdf() ? RecordingFormat.BDF : RecordingFormat.EDF, start,
                    stream == null ? List.of() : List.of(stream), annotations, warnings);
        }
    }

    private record Signals(RecordedStream stream, byte[] tals) {
    }

    private static Signals readSignals(FileCursor in, EdfHeader header) throws IOException {
        List<EdfSignal> all = header.signals();
        List<EdfSignal> data = all.stream().filter(s -> !s.isAnnotation()).toList();
        long records = header.records();
        int width = header.bytesPerSample();
        float[][] samples = new float[data.size()][];
        for (int c = 0; c < data.size(); c++) {
            long n = records * data.get(c).samplesPerRecord();
            if (n > Integer.MAX_VALUE - 16) {
                throw in.error(header.headerBytes(), "signal '" + data.get(c).label() + "' has " + n
                        + " samples, more than one array can hold");
            }
            samples[c] = new float[(int) n];
        }
        ByteArrayOutputStream[] tals = new ByteArrayOutputStream[all.size()];
        if (records > 0 && header.recordBytes() > Integer.MAX_VALUE - 16) {
            throw in.error(header.headerBytes(), "a data record of " + header.recordBytes() + " bytes is too large");
        }
        byte[] record = new byte[records > 0 ? (int) header.recordBytes() : 0];
        int timekeeping = header.plus() ? all.indexOf(all.stream().filter(EdfSignal::isAnnotation).findFirst()
                .orElse(null)) : -1;
        in.seek(header.headerBytes());
        for (long r = 0; r < records; r++) {
            in.readFully(record, 0, record.length, "data record " + r);
            int at = 0;
            int c = 0;
            for (int s = 0; s < all.size(); s++) {
                EdfSignal signal = all.get(s);
                int n = signal.samplesPerRecord();
                if (signal.isAnnotation()) {
                    if (s == timekeeping && record[at] != '+' && record[at] != '-') {
                        throw in.error(header.headerBytes() + r * record.length + at, "data record " + r + ": the "
                                + "annotation signal '" + signal.label() + "' does not start with the record's "
                                + "time-keeping TAL ('+' onset), so the signals' samples per record do not describe "
                                + "the records of this file");
                    }
                    if (tals[s] == null) {
                        tals[s] = new ByteArrayOutputStream();
                    }
                    tals[s].write(record, at, n * width);
                } else {
                    decode(record, at, n, header.bdf(), signal, samples[c], (int) (r * n));
                    c++;
                }
                at += n * width;
            }
        }
        ByteArrayOutputStream allTals = new ByteArrayOutputStream();
        for (ByteArrayOutputStream t : tals) {
            if (t != null) {
                t.writeTo(allTals);
            }
        }
        return new Signals(data.isEmpty() ? null : stream(in.path(), header, data, samples), allTals.toByteArray());
    }

    private static void decode(byte[] record, int at, int n, boolean bdf, EdfSignal signal, float[] out, int to) {
        double gain = signal.scale().gain();
        double offset = signal.scale().offset();
        double scale = signal.toMicrovolts();
        boolean stim = signal.isStim();
        for (int i = 0; i < n; i++) {
            int p = at + i * (bdf ? 3 : 2);
            int digital = bdf
                    ? (record[p] & 0xFF) | (record[p + 1] & 0xFF) << 8 | record[p + 2] << 16
                    : (record[p] & 0xFF) | record[p + 1] << 8;
            if (stim) {
                // MNE-Python: BDF status raw, EDF trigger scaled then truncated; both masked to 17 bits
                long value = bdf ? digital : (long) (digital * gain + offset);
                out[to + i] = value & 0x1FFFF;
            } else {
                out[to + i] = (float) ((digital * gain + offset) * scale);
            }
        }
    }

    private static RecordedStream stream(Path path, EdfHeader header, List<EdfSignal> data, float[][] samples) {
        double nominal = 0;
        for (EdfSignal s : data) {
            if (!s.isStim()) {
                nominal = Math.max(nominal, s.samplesPerRecord() / header.recordSeconds());
            }
        }
        if (nominal == 0) {
            for (EdfSignal s : data) {
                nominal = Math.max(nominal, s.samplesPerRecord() / header.recordSeconds());
            }
        }
        List<String> labels = ChannelNames.unique(data.stream().map(EdfSignal::label).toList());
        double[] rates = new double[data.size()];
        List<String> units = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int c = 0; c < rates.length; c++) {
            rates[c] = data.get(c).samplesPerRecord() / header.recordSeconds();
            units.add(data.get(c).isStim() ? "" : data.get(c).scaledUnit());
            types.add(data.get(c).isStim() ? "STIM" : "EEG");
        }
        long n = Math.round(header.records() * header.recordSeconds() * nominal);
        double[] timestamps = new double[(int) n];
        for (int i = 0; i < timestamps.length; i++) {
            timestamps[i] = i / nominal;
        }
        String name = path.getFileName().toString();
        StreamInfo info = new StreamInfo(name, "EEG", new ChannelLayout(labels), nominal, "uV", name);
        return new RecordedStream(info, header.bdf() ? "int24" : "int16", units, types, rates, samples, null,
                timestamps);
    }
}
