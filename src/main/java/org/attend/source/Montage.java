package org.attend.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;

/**
 * Where a stream's electrodes sit, from the device profiles: the profile that matches the stream (by LSL name or
 * by its set of labels), else each label looked up in every profile (they share MNE's standard_1005 positions),
 * so that a recording with a 10-10 montage gets positions too.
 *
 * @param electrodes one per channel, in the stream's order and under the stream's label (MNE head frame, metres);
 *                   null where no profile knows the label
 * @param name       the matching profile's name, "10-05 positions from the device profiles", or null if none
 */
public record Montage(List<Electrode> electrodes, String name) {

    public Montage {
        electrodes = Collections.unmodifiableList(new ArrayList<>(electrodes)); // may hold nulls
    }

    /** The electrodes of {@code stream}'s channels. */
    public static Montage of(StreamInfo stream, DeviceProfiles profiles) {
        return of(stream.channels().labels(), profiles.match(stream), profiles);
    }

    /** The electrodes of these channel labels (a profile with exactly these labels is preferred). */
    public static Montage of(List<String> labels, DeviceProfiles profiles) {
        Set<String> wanted = new ChannelLayout(labels).normalisedIndex().keySet();
        return of(labels, profiles.all().stream()
                .filter(p -> p.layout().normalisedIndex().keySet().equals(wanted)).findFirst(), profiles);
    }

    private static Montage of(List<String> labels, Optional<DeviceProfile> match, DeviceProfiles profiles) {
        List<Electrode> electrodes = new ArrayList<>();
        int found = 0;
        for (String label : labels) {
            Electrode e = match.map(p -> p.electrode(label)).orElse(null);
            if (e == null) {
                for (DeviceProfile p : profiles.all()) {
                    e = p.electrode(label);
                    if (e != null) {
                        break;
                    }
                }
            }
            electrodes.add(e == null ? null : new Electrode(label, e.x(), e.y(), e.z()));
            found += e == null ? 0 : 1;
        }
        String name = match.map(DeviceProfile::name)
                .orElse(found > 0 ? "10-05 positions from the device profiles" : null);
        return new Montage(electrodes, name);
    }
}
