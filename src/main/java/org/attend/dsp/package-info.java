/**
 * Signal processing for EEG: Butterworth and notch design as second-order sections ({@link org.attend.dsp.Sos}),
 * causal streaming filtering ({@link org.attend.dsp.StreamingFilter}), zero-phase offline filtering
 * ({@link org.attend.dsp.ZeroPhaseFilter}), re-referencing, Welch PSD and band power, and the real-time
 * preprocessing chain ({@link org.attend.dsp.StreamingPreprocessor}).
 *
 * <p>Conventions: samples are {@code [channel][sample]}, amplitudes microvolts (float32 at the boundary, double
 * inside), frequencies hertz. Every design and filter here equals a named scipy.signal function; the tests compare
 * against scipy fixtures and docs/dsp.md lists the correspondences. Depends only on {@code org.attend.stream}-level
 * conventions and on JTransforms/EJML.
 */
package org.attend.dsp;
