package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * A live signal source with the cues of a second LSL stream (a stimulus program's marker outlet): each read
 * of the signal carries the markers received meanwhile, their labels mapped to classes and their times mapped
 * onto the local LSL clock like the signal's, so that calibration and scoring see live cues as they see a file's
 * annotations.
 */
public final class LslCueSource implements Source {

    private static final int MAX_MARKERS = 256;
    /** How long {@link #companion} looks for the marker streams on the network. */
    public static final Duration COMPANION_WAIT = Duration.ofSeconds(1);

    private final Source signal;
    private final LslInlet cues;
    private final String cueStreamName;
    private final Map<String, String> classes;
    private double correction;
    private long correctionAt;

    /**
     * @param cueStreamName the marker stream's name
     * @param classes       marker label to class; a label missing is dropped; empty: every marker as it is
     */
    public LslCueSource(Source signal, LslInlet cues, String cueStreamName, Map<String, String> classes) {
        this.signal = signal;
        this.cues = cues;
        this.cueStreamName = cueStreamName;
        this.classes = Map.copyOf(classes);
    }

    /**
     * Opens the first string stream matching {@code query} beside {@code signal}.
     *
     * @param classes marker label to class (empty: as they are)
     * @throws StreamNotFoundException naming the query when no marker stream shows up in time
     */
    public static LslCueSource open(Source signal, LslBackend backend, String query, Map<String, String> classes,
                                    Duration timeout) throws IOException {
        List<LslStreamInfo> found = backend.resolve(query, 1, timeout);
        if (found.isEmpty()) {
            throw new StreamNotFoundException("no LSL marker stream matches \"" + query + "\" within "
                    + timeout.toMillis() / 1000.0 + " s");
        }
        return open(signal, backend, found.get(0), classes, timeout);
    }

    /** Opens {@code markers}, a marker stream already resolved, beside {@code signal}. */
    public static LslCueSource open(Source signal, LslBackend backend, LslStreamInfo markers,
                                    Map<String, String> classes, Duration timeout) throws IOException {
        LslInlet inlet = backend.inlet(markers, InletOptions.defaults());
        try {
            inlet.open(timeout);
        } catch (IOException | RuntimeException e) {
            inlet.close();
            throw e;
        }
        return new LslCueSource(signal, inlet, markers.name(), classes);
    }

    /**
     * The marker stream that belongs to the same source as {@code signal}, if one is visible: a string stream
     * whose source_id extends the signal's (as {@code attend lsl send} publishes {@code ID-markers}), else one on
     * the same host named after the signal ({@code NAME-Markers} or {@code NAME Markers}).
     */
    public static Optional<LslStreamInfo> companion(LslBackend backend, LslStreamInfo signal) throws IOException {
        List<LslStreamInfo> strings = backend.resolve("channel_format='string'", Integer.MAX_VALUE, COMPANION_WAIT);
        Optional<LslStreamInfo> bySource = strings.stream().filter(s -> !signal.sourceId().isEmpty()
                && !s.sourceId().equals(signal.sourceId()) && s.sourceId().startsWith(signal.sourceId())).findFirst();
        if (bySource.isPresent()) {
            return bySource;
        }
        return strings.stream().filter(s -> s.hostname().equals(signal.hostname())
                && (s.name().equals(signal.name() + "-Markers") || s.name().equals(signal.name() + " Markers")))
                .findFirst();
    }

    /** The name of the marker stream the cues come from. */
    public String cueStreamName() {
        return cueStreamName;
    }

    @Override
    public StreamInfo info() {
        return signal.info();
    }

    @Override
    public SourceRead read(Duration timeout) throws IOException, InterruptedException {
        SourceRead read = signal.read(timeout);
        List<LslSample> received = cues.pullAvailable(MAX_MARKERS);
        if (received.isEmpty()) {
            return read;
        }
        refreshCorrection();
        List<Marker> markers = new ArrayList<>(read.markers());
        for (LslSample sample : received) {
            String label = classes.isEmpty() ? sample.text(0) : classes.get(sample.text(0));
            if (label != null) {
                markers.add(new Marker(label, sample.timestamp() + correction));
            }
        }
        return new SourceRead(read.chunk(), markers, read.lostSamples(), read.ended());
    }

    private void refreshCorrection() throws InterruptedException {
        long now = System.nanoTime();
        if (correctionAt != 0 && now - correctionAt < 1_000_000_000L) {
            return;
        }
        try {
            correction = cues.timeCorrection(correctionAt == 0 ? Duration.ofSeconds(2) : Duration.ZERO);
        } catch (IOException e) {
            // keep the last estimate: cues a few ms off still fall in their trial
        }
        correctionAt = now;
    }

    @Override
    public double clockOffsetSeconds() {
        return signal.clockOffsetSeconds();
    }

    @Override
    public boolean isLive() {
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            signal.close();
        } finally {
            cues.close();
        }
    }
}
