package org.attend.experiment;

import java.util.List;
import org.attend.stream.Marker;

/**
 * One continuous recording (a run) ready to be cut into epochs.
 *
 * @param source       where it came from (a file name), for error messages
 * @param channels     channel labels in the order of {@code data}
 * @param sampleRateHz sample rate
 * @param data         samples {@code [channel][sample]}, microvolts
 * @param events       annotations, time in seconds from the first sample
 */
public record ContinuousRun(String source, List<String> channels, double sampleRateHz, float[][] data,
                            List<Marker> events) {

    public ContinuousRun {
        channels = List.copyOf(channels);
        events = List.copyOf(events);
        if (data.length != channels.size()) {
            throw new IllegalArgumentException(source + ": " + channels.size() + " channel labels but "
                    + data.length + " channels of samples");
        }
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException(source + ": sample rate must be positive, got " + sampleRateHz);
        }
    }

    /** Number of samples per channel. */
    public int sampleCount() {
        return data.length == 0 ? 0 : data[0].length;
    }
}
