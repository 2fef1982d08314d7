package org.attend.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/** The event table after a GDF file's data: positions, types and (mode 3) channels and durations. */
final class GdfEvents {

    /** Event type of a sample of a non-equidistantly sampled signal (its value is in the duration field). */
    static final int SPARSE_SAMPLE = 0x7FFF;

    private final double rateHz;
    private final long[] positions;
    private final int[] types;
    private final int[] channels;
    private final long[] durations;

    private GdfEvents(double rateHz, long[] positions, int[] types, int[] channels, long[] durations) {
        this.rateHz = rateHz;
        this.positions = positions;
        this.types = types;
        this.channels = channels;
        this.durations = durations;
    }

    /** No events. */
    static final GdfEvents NONE = new GdfEvents(1, new long[0], new int[0], new int[0], new long[0]);

    /**
     * Reads the table at the cursor: none when the file ends there; none, with a warning, when the bytes there
     * are no event table or a cut one (the signals are still read, as a cut EDF file is).
     */
    static GdfEvents read(FileCursor in, double version, double signalRateHz, List<String> warnings)
            throws IOException {
        long start = in.position();
        long bytes = in.remaining();
        if (bytes == 0) {
            return NONE;
        }
        String at = "the " + bytes + " bytes after the data records (at byte " + start + ")";
        if (bytes < 8) {
            warnings.add(at + " are too few for an event table: events ignored; the number of records or a "
                    + "signal's samples per record disagrees with the file, or it was cut");
            return NONE;
        }
        int mode = in.u8("event table mode");
        if (mode != 1 && mode != 3) {
            warnings.add(at + " are no event table (event table mode " + mode + ", must be 1 or 3): events "
                    + "ignored; the number of records or a signal's samples per record disagrees with the file, "
                    + "or it was cut");
            return NONE;
        }
        long count;
        double rate;
        if (version < 1.94) {
            rate = in.u8("event rate") | in.u8("event rate") << 8 | in.u8("event rate") << 16;
            count = in.u32("number of events");
        } else {
            count = in.u8("number of events") | in.u8("number of events") << 8 | in.u8("number of events") << 16;
            rate = in.f32("event rate");
        }
        int bytesPerEvent = mode == 3 ? 12 : 6;
        if (count * bytesPerEvent > in.remaining()) {
            warnings.add("event table at byte " + start + " declares " + count + " events (" + count * bytesPerEvent
                    + " bytes) but only " + in.remaining() + " bytes remain: the file was cut; events ignored");
            return NONE;
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            rate = signalRateHz;
        } else if (Math.abs(rate - signalRateHz) > 1e-9 * signalRateHz && signalRateHz > 0) {
            warnings.add("events are timed at " + rate + " Hz, signals at " + signalRateHz + " Hz");
        }
        int n = (int) count;
        ByteBuffer b = ByteBuffer.wrap(in.bytes((long) n * bytesPerEvent, "events")).order(ByteOrder.LITTLE_ENDIAN);
        long[] positions = new long[n];
        int[] types = new int[n];
        int[] channels = new int[n];
        long[] durations = new long[n];
        Arrays.fill(durations, 1);
        for (int i = 0; i < n; i++) {
            positions[i] = b.getInt() & 0xFFFFFFFFL;
        }
        for (int i = 0; i < n; i++) {
            types[i] = b.getShort() & 0xFFFF;
        }
        if (mode == 3) {
            for (int i = 0; i < n; i++) {
                channels[i] = b.getShort() & 0xFFFF;
            }
            for (int i = 0; i < n; i++) {
                durations[i] = b.getInt() & 0xFFFFFFFFL;
            }
        }
        return new GdfEvents(rate, positions, types, channels, durations);
    }

    /** Every event but sparse samples, as annotations (label: tag-1 description or the type code). */
    List<Annotation> annotations(List<String> descriptions) {
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i] == SPARSE_SAMPLE) {
                continue;
            }
            String label = types[i] >= 1 && types[i] <= descriptions.size() ? descriptions.get(types[i] - 1)
                    : String.valueOf(types[i]);
            out.add(new Annotation((positions[i] - 1) / rateHz, Math.max(durations[i], 1) / rateHz, label));
        }
        return out;
    }

    /** One irregular stream per non-equidistantly sampled signal that has samples in the table. */
    List<RecordedStream> irregularStreams(List<GdfSignal> signals) {
        List<RecordedStream> out = new ArrayList<>();
        for (int c = 0; c < signals.size(); c++) {
            GdfSignal s = signals.get(c);
            if (s.samplesPerRecord() != 0) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                if (types[i] == SPARSE_SAMPLE && channels[i] == c + 1) {
                    points.add(new double[] {(positions[i] - 1) / rateHz, raw(durations[i], s.type())});
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            PhysicalScale scale = s.scale();
            float[] values = new float[points.size()];
            double[] times = new double[points.size()];
            for (int i = 0; i < values.length; i++) {
                times[i] = points.get(i)[0];
                values[i] = (float) ((points.get(i)[1] * scale.gain() + scale.offset()) * s.toMicrovolts());
            }
            StreamInfo info = new StreamInfo(s.label(), "Misc", ChannelLayout.of(s.label()), 0, s.unit(), "");
            out.add(new RecordedStream(info, s.typeName(), List.of(s.unit()), List.of("MISC"), new double[] {0},
                    new float[][] {values}, null, times));
        }
        return out;
    }

    /** The 4 bytes of a duration field read as a value of the signal's type (types of at most 4 bytes). */
    private static double raw(long bits, int type) {
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt((int) bits).putInt(0);
        b.flip();
        return GdfSignal.bytes(type) <= 4 ? GdfReader.value(b, type) : bits;
    }
}
