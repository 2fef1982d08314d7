package org.attend.decode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.attend.dsp.PreprocessorSpec;
import org.attend.dsp.Preprocessing;

/**
 * The input a decoder accepts and the classes it predicts, including the whole preprocessing its windows went
 * through, so that training epochs, evaluation epochs and live windows are produced from one description.
 *
 * <p>In {@code model.json} the contract is {@code {channels, sampleRateHz, windowSeconds, classes,
 * preprocessing}}. A card written before {@code preprocessing} existed has {@code bandLowHz}/{@code bandHighHz}
 * instead; it is read as {@link #LEGACY_NOTCH_HZ} Hz notch (when below Nyquist), causal Butterworth order
 * {@value PreprocessorSpec#DEFAULT_ORDER} in that band, no re-reference: the chain every live session applied
 * to such a model.
 *
 * @param channels      required channel labels, in the order the decoder sees them
 * @param sampleRateHz  sample rate of the windows
 * @param windowSeconds window length
 * @param classes       class names, in the order of the probabilities
 * @param preprocessing reference, notch, band-pass, causal or zero phase
 */
public record InputContract(List<String> channels, double sampleRateHz, double windowSeconds, List<String> classes,
                            Preprocessing preprocessing) {

    /** The notch that live sessions applied to models whose card predates {@code preprocessing}. */
    public static final double LEGACY_NOTCH_HZ = 50;

    public InputContract {
        channels = List.copyOf(channels);
        classes = List.copyOf(classes);
        if (sampleRateHz <= 0 || windowSeconds <= 0) {
            throw new IllegalArgumentException("sample rate and window must be positive");
        }
        if (preprocessing == null) {
            throw new IllegalArgumentException("a contract needs its preprocessing");
        }
        if (!(preprocessing.bandHighHz() < sampleRateHz / 2)) {
            throw new IllegalArgumentException("band " + preprocessing.bandLowHz() + "-" + preprocessing.bandHighHz()
                    + " Hz must lie below Nyquist (" + sampleRateHz / 2 + " Hz)");
        }
        if (preprocessing.notchHz() >= sampleRateHz / 2) {
            throw new IllegalArgumentException("notch at " + preprocessing.notchHz() + " Hz must lie below Nyquist ("
                    + sampleRateHz / 2 + " Hz); 0 for none");
        }
        preprocessing.at(sampleRateHz); // designs the filters: any other bad value fails here, in one line
        if (classes.size() < 2) {
            throw new IllegalArgumentException("a decoder needs at least two classes, got " + classes);
        }
    }

    /** A contract whose preprocessing is a causal Butterworth band-pass only ({@link Preprocessing#bandpass}). */
    public InputContract(List<String> channels, double sampleRateHz, double windowSeconds, double bandLowHz,
                         double bandHighHz, List<String> classes) {
        this(channels, sampleRateHz, windowSeconds, classes, Preprocessing.bandpass(bandLowHz, bandHighHz));
    }

    /** Reads a contract from a model card, old ({@code bandLowHz}, {@code bandHighHz}) or new. */
    @JsonCreator
    static InputContract fromJson(@JsonProperty("channels") List<String> channels,
                                  @JsonProperty("sampleRateHz") double sampleRateHz,
                                  @JsonProperty("windowSeconds") double windowSeconds,
                                  @JsonProperty("classes") List<String> classes,
                                  @JsonProperty("preprocessing") Preprocessing preprocessing,
                                  @JsonProperty("bandLowHz") Double bandLowHz,
                                  @JsonProperty("bandHighHz") Double bandHighHz) {
        if (preprocessing == null) {
            if (bandLowHz == null || bandHighHz == null) {
                throw new IllegalArgumentException("contract has neither 'preprocessing' nor 'bandLowHz'/'bandHighHz'");
            }
            preprocessing = Preprocessing.bandpass(bandLowHz, bandHighHz)
                    .withNotch(LEGACY_NOTCH_HZ < sampleRateHz / 2 ? LEGACY_NOTCH_HZ : 0);
        }
        return new InputContract(channels, sampleRateHz, windowSeconds, classes, preprocessing);
    }

    /** Lower edge of the band-pass. */
    public double bandLowHz() {
        return preprocessing.bandLowHz();
    }

    /** Upper edge of the band-pass. */
    public double bandHighHz() {
        return preprocessing.bandHighHz();
    }

    /** Samples per window. */
    public int windowSamples() {
        return (int) Math.round(windowSeconds * sampleRateHz);
    }

    /** The same contract with another preprocessing. */
    public InputContract withPreprocessing(Preprocessing other) {
        return new InputContract(channels, sampleRateHz, windowSeconds, classes, other);
    }
}
