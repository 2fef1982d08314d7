package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.ChannelLayout;
import org.attend.stream.Chunk;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live headset over LSL: wraps an inlet, converts samples to microvolts, maps timestamps onto the local
 * LSL clock with the inlet's time correction (refreshed every second), and reports samples lost in
 * connection gaps or buffer overflows as {@link SourceRead#lostSamples()}.
 */
public final class LslSource implements Source {

    private static final Logger LOG = LoggerFactory.getLogger(LslSource.class);
    /** Most samples returned by one read. */
    static final int MAX_CHUNK = 4096;
    private static final long CORRECTION_REFRESH_NANOS = 1_000_000_000L;

    private final LslInlet inlet;
    private final LslStreamInfo lslInfo;
    private final StreamInfo info;
    private final float scaleToMicrovolts;
    private volatile double correction;
    private long correctionAt;

    /**
     * @param inlet an opened inlet of a numeric stream
     * @param full  the stream's full info (channel labels and units come from its desc)
     */
    public LslSource(LslInlet inlet, LslStreamInfo full) {
        if (full.format() == ChannelFormat.STRING) {
            throw new IllegalArgumentException("LSL stream '" + full.name() + "' carries strings (markers); a "
                    + "signal source needs a numeric stream");
        }
        this.inlet = inlet;
        this.lslInfo = full;
        List<String> units = full.channelUnits();
        String unit = units.isEmpty() ? "" : units.get(0);
        this.scaleToMicrovolts = switch (unit.toLowerCase(Locale.ROOT)) {
            case "volts", "v" -> 1e6f;
            case "millivolts", "mv" -> 1e3f;
            default -> 1f;
        };
        this.info = new StreamInfo(full.name(), full.type(), layout(full), full.nominalSrate(),
                unitName(unit), full.sourceId());
    }

    /**
     * Resolves the first stream matching {@code query} (e.g. {@code type='EEG'}), opens an inlet and fetches
     * its description.
     *
     * @throws StreamNotFoundException naming the query when nothing matches within {@code timeout}
     */
    public static LslSource open(LslBackend backend, String query, Duration timeout) throws IOException {
        List<LslStreamInfo> found = backend.resolve(query, 1, timeout);
        if (found.isEmpty()) {
            throw new StreamNotFoundException("no LSL stream matches \"" + query + "\" within "
                    + timeout.toMillis() / 1000.0 + " s (backend " + backend.name() + "); is the headset streaming? "
                    + "'attend lsl list' shows what is visible");
        }
        LslStreamInfo chosen = found.get(0);
        if (found.size() > 1) {
            LOG.warn("{} LSL streams match \"{}\"; using '{}' ({})", found.size(), query, chosen.name(), chosen.uid());
        }
        return open(backend, chosen, timeout);
    }

    /**
     * Opens a stream already resolved (for example picked among several by a device profile), fetching its
     * description.
     */
    public static LslSource open(LslBackend backend, LslStreamInfo resolved, Duration timeout) throws IOException {
        LslInlet inlet = backend.inlet(resolved, InletOptions.defaults());
        try {
            inlet.open(timeout);
            LslSource source = new LslSource(inlet, inlet.fullInfo(timeout));
            source.refreshCorrection(); // the first estimate waits for a probe: before reading, not in a read
            return source;
        } catch (InterruptedException e) {
            inlet.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening LSL stream '" + resolved.name() + "'", e);
        } catch (IOException | RuntimeException e) {
            inlet.close();
            throw e;
        }
    }

    private static ChannelLayout layout(LslStreamInfo full) {
        List<String> labels = full.channelLabels();
        if (labels.size() == full.channelCount() && labels.stream().noneMatch(String::isBlank)) {
            return new ChannelLayout(labels);
        }
        List<String> numbered = new ArrayList<>();
        for (int i = 1; i <= full.channelCount(); i++) {
            numbered.add("Ch" + i);
        }
        return new ChannelLayout(numbered);
    }

    private static String unitName(String lslUnit) {
        return switch (lslUnit.toLowerCase(Locale.ROOT)) {
            case "microvolts", "uv", "µv", "volts", "v", "millivolts", "mv" -> "uV";
            default -> lslUnit;
        };
    }

    /** The stream as LSL describes it: name, host, source_id, uid. */
    public LslStreamInfo lslInfo() {
        return lslInfo;
    }

    @Override
    public StreamInfo info() {
        return info;
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        LslSample first = inlet.pull(timeout);
        long lost = inlet.takeLostSamples();
        if (first == null) {
            return lost == 0 ? SourceRead.timeout() : new SourceRead(null, List.of(), lost, false);
        }
        List<LslSample> samples = new ArrayList<>();
        samples.add(first);
        samples.addAll(inlet.pullAvailable(MAX_CHUNK - 1));
        lost += inlet.takeLostSamples();
        refreshCorrection();
        int n = samples.size();
        int channels = info.channelCount();
        float[][] data = new float[channels][n];
        double[] timestamps = new double[n];
        for (int i = 0; i < n; i++) {
            LslSample s = samples.get(i);
            timestamps[i] = s.timestamp() + correction;
            for (int c = 0; c < channels; c++) {
                data[c][i] = (float) s.value(c) * scaleToMicrovolts;
            }
        }
        return new SourceRead(new Chunk(data, timestamps), List.of(), lost, false);
    }

    /** Seconds added to the stream's timestamps to put them on the local clock. */
    public double timeCorrection() {
        return correction;
    }

    @Override
    public double clockOffsetSeconds() {
        return correction;
    }

    private void refreshCorrection() throws InterruptedException {
        long now = System.nanoTime();
        if (correctionAt != 0 && now - correctionAt < CORRECTION_REFRESH_NANOS) {
            return;
        }
        // the first estimate may take a probe wave (~0.7 s); later ones come from the periodic refresh
        Duration wait = correctionAt == 0 ? Duration.ofSeconds(2) : Duration.ZERO;
        correctionAt = now;
        try {
            correction = inlet.timeCorrection(wait);
        } catch (IOException e) {
            LOG.debug("time correction of '{}' unavailable, keeping {} s: {}", info.name(), correction,
                    e.getMessage());
        }
    }

    @Override
    public boolean isLive() {
        return true;
    }

    @Override
    public void close() throws IOException {
        inlet.close();
    }
}
