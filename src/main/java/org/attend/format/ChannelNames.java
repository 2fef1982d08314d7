package org.attend.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Channel labels made unique the way MNE-Python does it, so that labels match between the two. */
final class ChannelNames {

    private ChannelNames() {
    }

    /**
     * Labels with every duplicated label replaced by {@code label-0}, {@code label-1}, ... (a letter suffix
     * when that name is taken), as {@code mne.io.meas_info._unique_channel_names}.
     */
    static List<String> unique(List<String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : labels) {
            counts.merge(l, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(labels);
        Set<String> taken = new HashSet<>(labels);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            String stem = labels.get(i);
            if (counts.get(stem) < 2) {
                continue;
            }
            int index = seen.merge(stem, 1, Integer::sum) - 1;
            String name = stem + "-" + index;
            for (char c = 'a'; taken.contains(name) && c <= 'z'; c++) {
                name = stem + "-" + c;
            }
            taken.add(name);
            out.set(i, name);
        }
        return out;
    }
}
