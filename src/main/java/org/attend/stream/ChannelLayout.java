package org.attend.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordered channel labels of a stream, with lookup by label (case-insensitive, ignoring the trailing dots
 * that BCI2000/EDF files use as padding, e.g. {@code "C3.."}).
 */
public record ChannelLayout(List<String> labels) {

    public ChannelLayout {
        labels = List.copyOf(labels);
    }

    public static ChannelLayout of(String... labels) {
        return new ChannelLayout(List.of(labels));
    }

    public int size() {
        return labels.size();
    }

    public String label(int index) {
        return labels.get(index);
    }

    /** Index of the channel with this label, or -1; matching ignores case and trailing dots. */
    public int indexOf(String label) {
        String wanted = normalise(label);
        for (int i = 0; i < labels.size(); i++) {
            if (normalise(labels.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Indices in this layout of each of the {@code required} labels, in their order.
     *
     * @throws MissingChannelsException naming every required label this layout lacks
     */
    public int[] indicesOf(List<String> required) {
        int[] indices = new int[required.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < indices.length; i++) {
            indices[i] = indexOf(required.get(i));
            if (indices[i] < 0) {
                missing.add(required.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingChannelsException(missing, labels);
        }
        return indices;
    }

    /** Labels normalised for matching, mapped to their index (first occurrence wins). */
    public Map<String, Integer> normalisedIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            index.putIfAbsent(normalise(labels.get(i)), i);
        }
        return index;
    }

    /** The matching key of a label: trimmed, trailing dots removed, upper case. */
    public static String normalise(String label) {
        String s = label.trim();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }
}
