package org.attend.realtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attend.control.PolicyFit;
import org.attend.control.PolicySettings;
import org.attend.decode.CalibrationBlock;
import org.attend.decode.SelfPacedDecoder;
import org.attend.decode.SelfPacedTraining;
import org.attend.stream.PredictionStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of a self-paced calibration: the policy fitted to the budget on the block's cross-validated streams
 * ({@link SelfPacedTraining}, {@link PolicyFit}), then the session's decoder calibrated on the whole block.
 */
final class SelfPacedCalibration {

    private static final Logger LOG = LoggerFactory.getLogger(SelfPacedCalibration.class);

    private SelfPacedCalibration() {
    }

    /**
     * Calibrates {@code decoder} on {@code block} and returns the policy to decode with: the fitted one, or
     * {@code given} when the pacing keeps it ({@link SelfPacing#fitPolicy()} false, fit null).
     */
    static Outcome calibrate(CalibrationBlock block, SelfPacedDecoder decoder, SelfPacing pacing,
                             SelfPacedTraining.Layout layout, PolicySettings given) {
        PolicyFit.Fit fit = null;
        PolicySettings policy = given;
        if (pacing.fitPolicy()) {
            List<PredictionStream> streams = SelfPacedTraining.crossValidated(block,
                    () -> new SelfPacedDecoder(pacing.freshClassDecoder().get(),
                            SelfPacedDecoder.newDetector(pacing.detector(), decoder.classDecoder().contract())),
                    layout, SelfPacedTraining.FOLDS);
            double lag = decoder.contract().windowSeconds() / 2;
            fit = PolicyFit.fit(streams, layout.classes(), SelfPacedDecoder.REST, lag, pacing.maxFalsePerMinute());
            policy = fit.policy();
            if (!fit.budgetMet()) {
                LOG.warn("no threshold, dwell and refractory period met {} false activations per minute in the "
                        + "calibration block's cross-validation; the most cautious one makes {}/min",
                        pacing.maxFalsePerMinute(), String.format(Locale.ROOT, "%.2f", fit.expected().falsePerMinute()));
            }
        }
        decoder.fineTune(SelfPacedTraining.epochs(block, decoder.contract().channels(), layout));
        decoder.describePolicy(describe(policy, fit, pacing));
        return new Outcome(policy, fit);
    }

    private static Map<String, Object> describe(PolicySettings policy, PolicyFit.Fit fit, SelfPacing pacing) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threshold", policy.threshold());
        m.put("dwell", policy.dwell());
        m.put("refractorySeconds", policy.refractorySeconds());
        m.put("restClass", policy.restClass());
        m.put("maxFalsePerMinute", pacing.maxFalsePerMinute());
        m.put("detector", pacing.detector());
        if (fit != null) {
            m.put("fitted", SelfPacedTraining.FOLDS + "-fold cross-validation inside the calibration block");
            m.put("budgetMet", fit.budgetMet());
            m.put("expectedFalsePerMinute", fit.expected().falsePerMinute());
            m.put("expectedAnsweredShare", fit.expected().answeredShare());
            m.put("expectedCorrectShare", fit.expected().correctShare());
        }
        return m;
    }

    /**
     * @param policy the policy to decode with
     * @param fit    how it was fitted, null when it was given
     */
    record Outcome(PolicySettings policy, PolicyFit.Fit fit) {
    }
}
