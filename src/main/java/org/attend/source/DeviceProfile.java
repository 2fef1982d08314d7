package org.attend.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/**
 * A headset as Attend knows it: montage, rate, unit and how its LSL stream is named.
 *
 * @param name         profile name used on the command line, e.g. {@code openbci-cyton}
 * @param manufacturer maker of the amplifier
 * @param model        model name
 * @param sampleRateHz nominal sample rate
 * @param unit         amplitude unit of the samples
 * @param lsl          name and type of the LSL stream the headset's software publishes
 * @param channels     electrodes in sample order, with positions for topographic plots
 * @param notes        reference, caveats
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceProfile(String name, String manufacturer, String model, double sampleRateHz, String unit,
                            LslMatch lsl, List<Electrode> channels, String notes) {

    public DeviceProfile {
        channels = List.copyOf(channels);
    }

    /** The same headset sampling at another rate (an amplifier set to 1000 Hz, say). */
    public DeviceProfile withSampleRateHz(double hz) {
        if (!(hz > 0) || !Double.isFinite(hz)) {
            throw new IllegalArgumentException("a sample rate must be positive and finite, got " + hz + " Hz");
        }
        return new DeviceProfile(name, manufacturer, model, hz, unit, lsl, channels, notes);
    }

    /** Name and type an LSL stream of this headset carries. */
    public record LslMatch(String name, String type) {
    }

    /** Channel labels in sample order. */
    public ChannelLayout layout() {
        return new ChannelLayout(channels.stream().map(Electrode::label).toList());
    }

    /** The electrode with this label (matching as {@link ChannelLayout#indexOf}), or null. */
    public Electrode electrode(String label) {
        int i = layout().indexOf(label);
        return i < 0 ? null : channels.get(i);
    }

    /** The stream a headset of this kind delivers. */
    public StreamInfo streamInfo(String streamName, String sourceId) {
        return new StreamInfo(streamName, "EEG", layout(), sampleRateHz, unit, sourceId);
    }
}
