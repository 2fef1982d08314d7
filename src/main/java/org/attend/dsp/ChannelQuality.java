package org.attend.dsp;

/**
 * How usable one channel of a raw window is.
 *
 * @param label                the channel's label
 * @param verdict              the worst problem found, {@link Verdict#GOOD} if none
 * @param rmsMicrovolts        standard deviation of the window, µV
 * @param peakToPeakMicrovolts maximum minus minimum of the window, µV
 * @param lineNoiseRatio       power within ±1 Hz of the mains frequency over power in 1–40 Hz (mains band
 *                             excluded); NaN where the mains frequency lies at or above Nyquist
 */
public record ChannelQuality(String label, Verdict verdict, double rmsMicrovolts, double peakToPeakMicrovolts,
                             double lineNoiseRatio) {

    /** Problems in order of precedence: a channel gets the first that applies. */
    public enum Verdict {
        /** Nothing wrong. */
        GOOD,
        /** No signal: the electrode is disconnected or the amplifier delivers a constant. */
        FLAT,
        /** Saturated: samples stuck at the amplifier's limit or beyond any physiological amplitude. */
        RAILED,
        /** A high-amplitude artefact (movement, blink, electrode pop) in this window. */
        ARTEFACT,
        /** Mains hum dominates the EEG: a poor electrode contact. */
        LINE_NOISE;

        /** Whether a decoder fed this channel decodes nothing real: commands must be held back. */
        public boolean blocksCommands() {
            return this == FLAT || this == RAILED;
        }
    }
}
