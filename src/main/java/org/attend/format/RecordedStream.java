package org.attend.format;

import java.util.List;
import java.util.Objects;
import org.attend.stream.StreamInfo;

/**
 * One stream of a recording: the signals of an EDF/BDF/GDF/BrainVision file, or one stream of an XDF file.
 *
 * <p>Numeric streams hold {@code samples} as {@code [channel][sample]} float32; voltage channels are in
 * microvolts, other channels (stim/status, temperature, counters) keep their physical value and unit (see
 * {@code channelUnits}). When every channel has the nominal rate all channel arrays have the length of
 * {@code timestamps}; in an EDF/GDF file with uneven sampling a channel at a lower rate
 * ({@code sampleRatesHz[c]}) holds fewer samples, and {@code timestamps} belongs to the channels at the
 * nominal rate. String streams (XDF markers) have {@code strings} as {@code [channel][sample]} and an empty
 * {@code samples}.
 *
 * @param info          name, type, channel labels (made unique), nominal rate (0 for irregular streams), unit
 * @param channelFormat sample type as stored: {@code int16}, {@code int24}, {@code float32}, {@code string}, ...
 * @param channelUnits  unit of each channel after scaling, e.g. {@code "uV"}, {@code ""} for stim channels
 * @param channelTypes  kind of each channel: {@code "EEG"}, {@code "STIM"}, {@code "MISC"}...
 * @param sampleRatesHz rate of each channel, Hz (equal to the nominal rate unless sampling is uneven)
 * @param samples       numeric samples {@code [channel][sample]}
 * @param strings       string samples {@code [channel][sample]}, null for numeric streams
 * @param timestamps    time of each sample at the nominal rate, seconds (file time for EDF-like files,
 *                      starting at 0; LSL clock after clock-offset correction for XDF)
 */
public record RecordedStream(StreamInfo info, String channelFormat, List<String> channelUnits,
                             List<String> channelTypes, double[] sampleRatesHz, float[][] samples,
                             String[][] strings, double[] timestamps) {

    public RecordedStream {
        Objects.requireNonNull(info, "info");
        channelUnits = List.copyOf(channelUnits);
        channelTypes = List.copyOf(channelTypes);
        if (sampleRatesHz.length != info.channelCount() || channelUnits.size() != info.channelCount()
                || channelTypes.size() != info.channelCount()) {
            throw new IllegalArgumentException("per-channel metadata does not match " + info.channelCount()
                    + " channels");
        }
    }

    /** Whether this stream carries text (markers) rather than numbers. */
    public boolean isStringStream() {
        return strings != null;
    }

    /** Number of samples at the nominal rate. */
    public int sampleCount() {
        return timestamps.length;
    }

    /** Duration covered, seconds: samples / nominal rate, or the span of the time stamps if irregular. */
    public double durationSeconds() {
        if (info.sampleRateHz() > 0) {
            return sampleCount() / info.sampleRateHz();
        }
        return sampleCount() < 2 ? 0 : timestamps[sampleCount() - 1] - timestamps[0];
    }

    /** Whether every channel has the nominal rate, so that all channel arrays are equally long. */
    public boolean isEvenlySampled() {
        for (double rate : sampleRatesHz) {
            if (rate != info.sampleRateHz()) {
                return false;
            }
        }
        return true;
    }
}
