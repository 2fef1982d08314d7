package org.attend.source;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attend.lsl.InletOptions;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslInlet;
import org.attend.lsl.LslSample;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Marker;
import org.attend.stream.StreamInfo;

/**
 * A live signal source with the cues of a second LSL stream (a stimulus program's marker outlet): each read
 * of the signal carries the markers received meanwhile, their times mapped onto the local LSL clock like the
 * signal's, so that calibration and scoring see live cues as they see a file's annotations.
 */
public final class LslCueSource implements Source {

    private static final int MAX_MARKERS = 256;

    private final Source signal;
    private final LslInlet cues;
    private double correction;
    private long correctionAt;

    public LslCueSource(Source signal, LslInlet cues) {
        this.signal = signal;
        this.cues = cues;
    }

    /**
     * Opens the first string stream matching {@code query} beside {@code signal}.
     *
     * @throws StreamNotFoundException naming the query when no marker stream shows up in time
     */
    public static LslCueSource open(Source signal, LslBackend backend, String query, Duration timeout)
            throws IOException {
        List<LslStreamInfo> found = backend.resolve(query, 1, timeout);
        if (found.isEmpty()) {
            throw new StreamNotFoundException("no LSL marker stream matches \"" + query + "\" within "
                    + timeout.toMillis() / 1000.0 + " s");
        }
        LslInlet inlet = backend.inlet(found.get(0), InletOptions.defaults());
        try {
            inlet.open(timeout);
        } catch (IOException | RuntimeException e) {
            inlet.close();
            throw e;
        }
        return new LslCueSource(signal, inlet);
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
            markers.add(new Marker(sample.text(0), sample.timestamp() + correction));
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
