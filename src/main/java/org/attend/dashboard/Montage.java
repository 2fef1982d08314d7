package org.attend.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attend.report.ScalpPosition;
import org.attend.source.DeviceProfile;
import org.attend.source.DeviceProfiles;
import org.attend.source.Electrode;
import org.attend.stream.ChannelLayout;
import org.attend.stream.StreamInfo;
import java.util.Set;

/**
 * Scalp positions for a stream's channels, from the device profiles: the profile that matches the stream (by
 * LSL name or by its set of labels), else each label looked up in every profile (they share MNE's
 * standard_1005 positions), so a recording with a 10-10 montage gets a map too.
 *
 * @param positions one per channel, null where no profile knows the label
 * @param name      the matching profile's name, "10-05 positions from the device profiles", or null if none
 */
public record Montage(List<ScalpPosition> positions, String name) {

    /** The positions of {@code stream}'s channels. */
    public static Montage of(StreamInfo stream, DeviceProfiles profiles) {
        return of(stream.channels().labels(), profiles.match(stream), profiles);
    }

    /** The positions of these channel labels (a profile with exactly these labels is preferred). */
    public static Montage of(List<String> labels, DeviceProfiles profiles) {
        Set<String> wanted = new ChannelLayout(labels).normalisedIndex().keySet();
        return of(labels, profiles.all().stream()
                .filter(p -> p.layout().normalisedIndex().keySet().equals(wanted)).findFirst(), profiles);
    }

    private static Montage of(List<String> labels, Optional<DeviceProfile> match, DeviceProfiles profiles) {
        List<ScalpPosition> positions = new ArrayList<>();
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
            positions.add(e == null ? null : ScalpPosition.fromHeadFrame(label, e.x(), e.y(), e.z()));
            found += e == null ? 0 : 1;
        }
        String name = match.map(DeviceProfile::name)
                .orElse(found > 0 ? "10-05 positions from the device profiles" : null);
        return new Montage(positions, name);
    }
}
