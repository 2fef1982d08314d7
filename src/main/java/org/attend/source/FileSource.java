package org.attend.source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attend.format.EegmmidbRuns;
import org.attend.format.RecordedStream;
import org.attend.format.Recording;
import org.attend.format.RecordingFormatException;
import org.attend.format.Recordings;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * A recorded file as a {@link Source}: the recording's EEG stream ({@link Recording#eegStream()}) cut into
 * chunks, each delivered with the file's markers (annotations and marker streams) that fall up to its last
 * sample, as ground truth. It is not live and does no pacing: it hands out chunks as fast as they are read
 * (a pacing wrapper replays at a given speed).
 *
 * <p>Marker labels go through a class mapping (e.g. {@code T1 -> left}): with a non-empty mapping, markers
 * whose label it does not name are dropped (eegmmidb's rest cue {@code T0}, for instance); with an empty
 * mapping every marker passes through under its own label. Only the channels sampled at the stream's nominal
 * rate are delivered (in an EDF file with uneven sampling, slower channels are left out).
 */
public final class FileSource implements Source {

    /** Default chunk length, seconds: 1/16 s, like a typical LSL amplifier chunk. */
    public static final double DEFAULT_CHUNK_SECONDS = 1.0 / 16;

    private final StreamInfo info;
    private final float[][] samples;
    private final double[] timestamps;
    private final List<Marker> markers;
    private final int chunkSamples;
    private int next;
    private int nextMarker;

    /**
     * @param recording     the recording to replay
     * @param chunkSeconds  chunk length, seconds (at least one sample)
     * @param classes       marker label to class name; empty to pass every marker through unchanged
     * @throws RecordingFormatException when the recording has no numeric stream to replay
     */
    public FileSource(Recording recording, double chunkSeconds, Map<String, String> classes)
            throws RecordingFormatException {
        RecordedStream eeg = recording.eegStream().orElseThrow(() -> new RecordingFormatException(
                recording.source(), -1, "no signal stream to replay"));
        StreamInfo full = eeg.info();
        List<String> labels = new ArrayList<>();
        List<float[]> channels = new ArrayList<>();
        for (int c = 0; c < full.channelCount(); c++) {
            if (eeg.sampleRatesHz()[c] == full.sampleRateHz()) {
                labels.add(full.channels().label(c));
                channels.add(eeg.samples()[c]);
            }
        }
        this.info = new StreamInfo(full.name(), full.type(), new ChannelLayout(labels), full.sampleRateHz(),
                full.unit(), full.sourceId());
        this.samples = channels.toArray(float[][]::new);
        this.timestamps = eeg.timestamps();
        this.markers = mapped(recording.markers(), classes);
        double rate = full.sampleRateHz() > 0 ? full.sampleRateHz() : effectiveRate(timestamps);
        this.chunkSamples = Math.max(1, (int) Math.round(chunkSeconds * rate));
    }

    /** Reads {@code path} and replays it in chunks of {@link #DEFAULT_CHUNK_SECONDS} with the default classes. */
    public static FileSource open(Path path) throws IOException {
        return new FileSource(Recordings.read(path), DEFAULT_CHUNK_SECONDS, defaultClasses(path));
    }

    /**
     * The class mapping that fits a file by default: for PhysioNet eegmmidb task runs the cue classes of
     * {@link EegmmidbRuns#cueClasses} (e.g. {@code SxxxR04.edf}: {@code T1=left, T2=right}); empty (markers pass
     * through) for any other file.
     */
    public static Map<String, String> defaultClasses(Path path) {
        return EegmmidbRuns.runOf(path.getFileName().toString()).map(EegmmidbRuns::cueClasses).orElse(Map.of());
    }

    private static List<Marker> mapped(List<Marker> markers, Map<String, String> classes) {
        if (classes.isEmpty()) {
            return markers;
        }
        List<Marker> out = new ArrayList<>();
        for (Marker m : markers) {
            String cls = classes.get(m.label());
            if (cls != null) {
                out.add(new Marker(cls, m.time()));
            }
        }
        return out;
    }

    private static double effectiveRate(double[] t) {
        return t.length < 2 || t[t.length - 1] <= t[0] ? 1 : (t.length - 1) / (t[t.length - 1] - t[0]);
    }

    /** Time of the first sample, seconds (0 for an empty recording). */
    public double startTime() {
        return timestamps.length == 0 ? 0 : timestamps[0];
    }

    /** Time of the last sample, seconds (0 for an empty recording). */
    public double endTime() {
        return timestamps.length == 0 ? 0 : timestamps[timestamps.length - 1];
    }

    /** The markers this source delivers (after class mapping), in time order. */
    public List<Marker> markers() {
        return markers;
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    /** Returns the next chunk at once (never a timeout), then {@link SourceRead#end()}. */
    @Override
    public SourceRead read(Duration timeout) {
        if (next >= timestamps.length) {
            return SourceRead.end();
        }
        int end = Math.min(timestamps.length, next + chunkSamples);
        float[][] data = new float[samples.length][];
        for (int c = 0; c < data.length; c++) {
            data[c] = Arrays.copyOfRange(samples[c], next, end);
        }
        Chunk chunk = new Chunk(data, Arrays.copyOfRange(timestamps, next, end));
        boolean last = end == timestamps.length;
        List<Marker> due = new ArrayList<>();
        while (nextMarker < markers.size() && (last || markers.get(nextMarker).time() <= chunk.lastTime())) {
            due.add(markers.get(nextMarker++));
        }
        next = end;
        return SourceRead.of(chunk, due);
    }

    @Override
    public boolean isLive() {
        return false;
    }

    @Override
    public void close() {
        // everything is in memory; nothing to release
    }
}
