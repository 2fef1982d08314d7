package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads GDF 1.x and 2.x files: every integer and float data type (mixed within a record), physical scaling to
 * microvolts for voltage units, per-signal rates, the event table (modes 1 and 3: positions, types, channels,
 * durations) and the header-3 tags. Events become annotations labelled with their type code as MNE-Python
 * does ({@code "768"}), or with the header-3 tag 1 description of a user-defined code (1..255) when the file
 * has one; as MNE-Python, a duration is at least one sample. Signals sampled non-equidistantly (0 samples per
 * record; their samples are events of type 0x7FFF) become one irregular stream each.
 */
public final class GdfReader {

    private static final Logger LOG = LoggerFactory.getLogger(GdfReader.class);

    private GdfReader() {
    }

    /** Reads the whole file. */
    public static Recording read(Path path) throws IOException {
        try (FileCursor in = new FileCursor(path)) {
            GdfHeader header = GdfHeader.read(in);
            List<String> warnings = new ArrayList<>(header.warnings());
            List<GdfSignal> regular = header.signals().stream().filter(s -> s.samplesPerRecord() > 0).toList();
            float[][] samples = data(in, header);
            double rate = 0;
            for (GdfSignal s : regular) {
                rate = Math.max(rate, s.samplesPerRecord() / header.recordSeconds());
            }
            List<RecordedStream> streams = new ArrayList<>();
            RecordedStream main = regular.isEmpty() ? null : mainStream(path, header, regular, samples, rate);
            if (main != null) {
                streams.add(main);
            }
            GdfEvents events;
            if (header.cut()) {
                events = GdfEvents.NONE;
            } else {
                in.seek(header.headerBytes() + header.records() * header.recordBytes());
                events = GdfEvents.read(in, header.version(), rate, warnings);
            }
            List<Annotation> annotations = events.annotations(header.eventDescriptions());
            streams.addAll(events.irregularStreams(header.signals()));
            warnings.forEach(w -> LOG.warn("{}: {}", path.getFileName(), w));
            return new Recording(path, RecordingFormat.GDF, header.start(), streams,
                    main == null ? annotations : Annotation.crop(annotations, main.durationSeconds()), warnings);
        }
    }

    private static float[][] data(FileCursor in, GdfHeader header) throws IOException {
        List<GdfSignal> signals = header.signals();
        long records = header.records();
        long recordBytes = header.recordBytes();
        if (records > 0 && recordBytes > Integer.MAX_VALUE - 16) {
            throw in.error(header.headerBytes(), "a data record of " + recordBytes + " bytes is too large");
        }
        float[][] out = new float[signals.size()][];
        for (int c = 0; c < out.length; c++) {
            long n = records * signals.get(c).samplesPerRecord();
            if (n > Integer.MAX_VALUE - 16) {
                throw in.error(header.headerBytes(), "signal " + (c + 1) + " has " + n + " samples, too many");
            }
            out[c] = new float[(int) n];
        }
        byte[] record = new byte[records > 0 ? (int) recordBytes : 0];
        ByteBuffer b = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
        double[] gain = new double[signals.size()];
        double[] offset = new double[signals.size()];
        for (int c = 0; c < gain.length; c++) {
            gain[c] = signals.get(c).scale().gain();
            offset[c] = signals.get(c).scale().offset();
        }
        in.seek(header.headerBytes());
        for (long r = 0; r < records; r++) {
            in.readFully(record, 0, record.length, "data record " + r);
            b.clear();
            for (int c = 0; c < signals.size(); c++) {
                GdfSignal s = signals.get(c);
                int n = s.samplesPerRecord();
                for (int i = 0; i < n; i++) {
                    double digital = value(b, s.type());
                    out[c][(int) (r * n + i)] = (float) ((digital * gain[c] + offset[c]) * s.toMicrovolts());
                }
            }
        }
        return out;
    }

    /** A value of GDF type {@code type} at the buffer's position. */
    static double value(ByteBuffer b, int type) {
        return switch (type) {
            case 1 -> b.get();
            case 2 -> b.get() & 0xFF;
            case 3 -> b.getShort();
            case 4 -> b.getShort() & 0xFFFF;
            case 5 -> b.getInt();
            case 6 -> b.getInt() & 0xFFFFFFFFL;
            case 7 -> b.getLong();
            case 8 -> unsigned(b.getLong());
            case 16 -> b.getFloat();
            default -> b.getDouble();
        };
    }

    private static double unsigned(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }

    private static RecordedStream mainStream(Path path, GdfHeader header, List<GdfSignal> regular,
                                             float[][] all, double rate) {
        List<String> labels = ChannelNames.unique(regular.stream().map(GdfSignal::label).toList());
        float[][] samples = new float[regular.size()][];
        double[] rates = new double[regular.size()];
        List<String> units = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < header.signals().size(); i++) {
            GdfSignal s = header.signals().get(i);
            if (s.samplesPerRecord() > 0) {
                samples[c] = all[i];
                rates[c] = s.samplesPerRecord() / header.recordSeconds();
                units.add(s.unit());
                types.add("EEG");
                c++;
            }
        }
        long n = Math.round(header.records() * header.recordSeconds() * rate);
        double[] timestamps = new double[(int) n];
        Arrays.setAll(timestamps, i -> i / rate);
        String name = path.getFileName().toString();
        String format = regular.stream().map(GdfSignal::typeName).distinct().count() == 1
                ? regular.get(0).typeName() : "mixed";
        return new RecordedStream(new StreamInfo(name, "EEG", new ChannelLayout(labels), rate, "uV", name), format,
                units, types, rates, samples, null, timestamps);
    }
}
