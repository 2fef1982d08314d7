package org.attend.stream;

import java.util.Objects;

/**
 * What a stream carries.
 *
 * @param name         stream name (as an LSL outlet would publish it)
 * @param type         content type, e.g. {@code "EEG"} or {@code "Markers"}
 * @param channels     channel labels in sample order
 * @param sampleRateHz nominal sample rate; 0 for irregular streams such as markers
 * @param unit         amplitude unit of the samples, e.g. {@code "uV"}
 * @param sourceId     a stable identifier of the device or file, may be empty
 */
public record StreamInfo(String name, String type, ChannelLayout channels, double sampleRateHz, String unit,
                         String sourceId) {

    public StreamInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channels, "channels");
        unit = unit == null ? "" : unit;
        sourceId = sourceId == null ? "" : sourceId;
        if (sampleRateHz < 0 || Double.isNaN(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be >= 0 Hz, got " + sampleRateHz);
        }
    }

    public int channelCount() {
        return channels.size();
    }

    /** Number of samples in {@code seconds} at the nominal rate, rounded. */
    public int samples(double seconds) {
        return (int) Math.round(seconds * sampleRateHz);
    }
}
