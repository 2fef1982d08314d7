package org.attend.realtime;

import java.util.Arrays;
import java.util.function.Function;
import org.attend.decode.Decoder;
import org.attend.control.PolicyFit;
import org.attend.control.PolicySettings;
import org.attend.decode.SelfPacedDecoder;
import org.attend.decode.SelfPacedTraining;
import org.attend.stream.Chunk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session in two blocks on one uninterrupted stream: record cued trials until every class has
 * {@code trialsPerClass}, fit the decoder on them, then hand every following chunk to the online stage. A
 * self-paced session ({@link SelfPacing}) also learns rest from the time between the cues and fits its control
 * policy to the false-activation budget ({@link SelfPacedCalibration}).
 */
public final class CalibrateThenDecode implements Stage {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrateThenDecode.class);

    /**
     * What calibration produced.
     *
     * @param trialsPerClass cued trials per command class
     * @param signalSeconds  length of the calibration block
     * @param fitNanos       time the fit (cross-validation included) took
     * @param policy         the control policy to decode with
     * @param fit            how a self-paced calibration fitted that policy; null when it was given
     * @param detector       the intent detector's kind, null without one
     */
    public record Calibration(int[] trialsPerClass, double signalSeconds, long fitNanos, PolicySettings policy,
                              PolicyFit.Fit fit, String detector) {
    }

    private final CalibrationRecorder recorder;
    private final int trialsPerClass;
    private final Decoder decoder;
    private final PolicySettings policy;
    private final SelfPacing pacing;
    private final SelfPacedTraining.Layout layout;
    private final double trialSeconds;
    private final Function<Calibration, ? extends Stage> online;
    private Stage decoding;
    private double firstTime = Double.NaN;

    /**
     * @param policy       the control policy, kept unless a self-paced calibration fits another
     * @param pacing       how the session becomes self-paced ({@code decoder} is then a
     *                     {@link SelfPacedDecoder}); null for a plain calibration
     * @param layout       the command classes, epoch offset, window and hop of the session
     * @param trialSeconds length of a cued trial
     * @param online       builds the online stage once the decoder is trained (told how calibration went)
     */
    public CalibrateThenDecode(CalibrationRecorder recorder, int trialsPerClass, Decoder decoder, PolicySettings policy,
                               SelfPacing pacing, SelfPacedTraining.Layout layout, double trialSeconds,
                               Function<Calibration, ? extends Stage> online) {
        this.recorder = recorder;
        this.trialsPerClass = trialsPerClass;
        this.decoder = decoder;
        this.policy = policy;
        this.pacing = pacing;
        this.layout = layout;
        this.trialSeconds = trialSeconds;
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
            long start = System.nanoTime();
            PolicySettings used = policy;
            PolicyFit.Fit fit = null;
            if (pacing != null) {
                SelfPacedCalibration.Outcome outcome = SelfPacedCalibration.calibrate(recorder.block(trialSeconds),
                        (SelfPacedDecoder) decoder, pacing, layout, policy);
                used = outcome.policy();
                fit = outcome.fit();
            } else {
                // a new decoder is trained, a pretrained one fine-tuned (Decoder#fineTune)
                decoder.fineTune(recorder.epochs());
            }
            long fitNanos = System.nanoTime() - start;
            LOG.info("calibrated {} on trials {} in {} ms", decoder.name(), Arrays.toString(counts),
                    fitNanos / 1_000_000);
            double seconds = filtered.chunk().timestamps()[filtered.chunk().sampleCount() - 1] - firstTime;
            decoding = online.apply(new Calibration(counts, seconds, fitNanos, used, fit,
                    pacing == null ? null : pacing.detector()));
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
