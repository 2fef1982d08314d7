package org.attend.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslClock;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * Re-publishes a recording as LSL streams at its real rate, a stand-in headset (like MNE-LSL's Player): the
 * signal stream as float32 with its channel labels and unit, and its events as a string marker stream
 * ({@code <name>-Markers}, source_id the signal's with {@code -markers}), labelled as {@code replay} maps them
 * (eegmmidb cues as their classes, {@code T1} as {@code left}...). Samples are stamped on the LSL clock at the
 * moment they fall due.
 */
public final class LslPlayer implements AutoCloseable {

    /** How often due samples are pushed, as one chunk (one network write) each time. */
    private static final long TICK_NANOS = 5_000_000L;

    private final RecordedStream signal;
    private final List<Marker> markers;
    private final LslOutlet signalOutlet;
    private final LslOutlet markerOutlet;

    /**
     * @param name stream name to publish under (the recording's stream name when null)
     */
    public LslPlayer(LslBackend backend, Recording recording, String name) throws IOException {
        this(backend, recording, name, FileSource.defaultClasses(recording.source()));
    }

    /**
     * @param name    stream name to publish under (the recording's stream name when null)
     * @param classes marker label to the label published (a label missing is published as it is)
     */
    public LslPlayer(LslBackend backend, Recording recording, String name, Map<String, String> classes)
            throws IOException {
        this.signal = recording.eegStream().orElseThrow(() -> new IllegalArgumentException(
                recording.source() + ": no numeric signal stream to publish"));
        if (signal.info().sampleRateHz() <= 0 || !signal.isEvenlySampled()) {
            throw new IllegalArgumentException(recording.source() + ": stream '" + signal.info().name()
                    + "' is not regularly sampled; lsl send publishes regular streams");
        }
        StreamInfo si = signal.info();
        String streamName = name == null ? si.name() : name;
        String sourceId = "attend-send-" + recording.source().getFileName() + "-" + streamName;
        this.markers = recording.markers().stream()
                .map(m -> new Marker(classes.getOrDefault(m.label(), m.label()), m.time())).toList();
        this.signalOutlet = backend.outlet(LslStreamInfo.create(streamName, si.type().isEmpty() ? "EEG" : si.type(),
                si.channelCount(), ChannelFormat.FLOAT32, si.sampleRateHz(), sourceId)
                .withChannels(si.channels().labels(), si.unit(), si.type().isEmpty() ? "EEG" : si.type()));
        LslOutlet m = null;
        if (!markers.isEmpty()) {
            try {
                m = backend.outlet(LslStreamInfo.create(streamName + "-Markers", "Markers", 1, ChannelFormat.STRING,
                        0, sourceId + "-markers"));
            } catch (IOException e) {
                signalOutlet.close();
                throw e;
            }
        }
        this.markerOutlet = m;
    }

    /** The published streams: the signal, then the markers if the recording has events. */
    public List<LslStreamInfo> streams() {
        List<LslStreamInfo> out = new ArrayList<>();
        out.add(signalOutlet.info());
        if (markerOutlet != null) {
            out.add(markerOutlet.info());
        }
        return out;
    }

    /** Seconds one pass takes. */
    public double durationSeconds() {
        return signal.durationSeconds();
    }

    /**
     * Plays the recording once at its real rate.
     *
     * @param stop     checked every tick; playing ends early when true
     * @param progress told the number of samples sent so far
     * @return samples sent
     */
    public long play(BooleanSupplier stop, LongConsumer progress) throws InterruptedException {
        double[] ts = signal.timestamps();
        float[][] data = signal.samples();
        int n = ts.length;
        if (n == 0) {
            return 0;
        }
        double origin = ts[0];
        long startNanos = System.nanoTime();
        double startLsl = LslClock.now();
        int next = 0;
        int nextMarker = 0;
        while (next < n && !stop.getAsBoolean()) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            List<float[]> chunk = new ArrayList<>();
            List<Double> stamps = new ArrayList<>();
            while (next < n && ts[next] - origin <= elapsed) {
                float[] sample = new float[data.length];
                for (int c = 0; c < data.length; c++) {
                    sample[c] = data[c][next];
                }
                chunk.add(sample);
                stamps.add(startLsl + ts[next] - origin);
                next++;
            }
            if (!chunk.isEmpty()) {
                signalOutlet.pushChunk(chunk, stamps.stream().mapToDouble(Double::doubleValue).toArray());
                progress.accept(next);
            }
            while (markerOutlet != null && nextMarker < markers.size()
                    && markers.get(nextMarker).time() - origin <= elapsed) {
                Marker mk = markers.get(nextMarker++);
                markerOutlet.pushSample(new String[] {mk.label()}, startLsl + mk.time() - origin, true);
            }
            long sleep = startNanos + (long) (elapsed * 1e9) + TICK_NANOS - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        return next;
    }

    @Override
    public void close() throws IOException {
        signalOutlet.close();
        if (markerOutlet != null) {
            markerOutlet.close();
        }
    }
}
