package org.attend.realtime;

import java.util.Arrays;
import java.util.function.Function;
import org.attend.decode.Decoder;
import org.attend.decode.LabeledEpochs;
import org.attend.stream.Chunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session in two blocks on one uninterrupted stream: record cued trials until every class has
 * {@code trialsPerClass}, fit the decoder on them, then hand every following chunk to the online stage.
 */
public final class CalibrateThenDecode implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrateThenDecode.class);

    /** What calibration produced. */
    public record Calibration(int[] trialsPerClass, double signalSeconds, long fitNanos) {
    }

    private final CalibrationRecorder recorder;
    private final int trialsPerClass;
    private final Decoder decoder;
    private final Function<Calibration, ? extends Stage> online;
    private Stage decoding;
    private double firstTime = Double.NaN;

    /**
     * @param online builds the online stage once the decoder is trained (told how calibration went)
     */
    public CalibrateThenDecode(CalibrationRecorder recorder, int trialsPerClass, Decoder decoder,
                               Function<Calibration, ? extends Stage> online) {
        this.recorder = recorder;
        this.trialsPerClass = trialsPerClass;
        this.decoder = decoder;
        this.online = online;
    }

    @Override
    public boolean accept(AcquiredChunk filtered, Chunk raw) throws Exception {
        if (decoding != null) {
            return decoding.accept(filtered, raw);
        }
        if (Double.isNaN(firstTime) && filtered.chunk().sampleCount() > 0) {
            firstTime = filtered.chunk().firstTime();
        }
        recorder.add(filtered.chunk(), filtered.markers());
        int[] counts = recorder.completeTrialsPerClass();
        if (Arrays.stream(counts).min().orElse(0) >= trialsPerClass) {
            LabeledEpochs epochs = recorder.epochs();
            long start = System.nanoTime();
            decoder.fineTune(epochs); // a new decoder is trained, a pretrained one fine-tuned (Decoder#fineTune)
            long fitNanos = System.nanoTime() - start;
            LOG.info("calibrated {} on {} trials {} in {} ms", decoder.name(), epochs.size(),
                    Arrays.toString(counts), fitNanos / 1_000_000);
            double seconds = filtered.chunk().timestamps()[filtered.chunk().sampleCount() - 1] - firstTime;
            decoding = online.apply(new Calibration(counts, seconds, fitNanos));
        }
        return true;
    }

    @Override
    public void streamStale(double lastSourceTime) throws Exception {
        if (decoding != null) {
            decoding.streamStale(lastSourceTime);
        }
    }

    @Override
    public void restartAfterGap() {
        if (decoding != null) {
            decoding.restartAfterGap();
        } else {
            recorder.gap();
        }
    }

    /** The online stage, null while calibrating. */
    public Stage decoding() {
        return decoding;
    }
}
