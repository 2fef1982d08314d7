package org.attend.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordered channel labels of a stream, with lookup by label (case-insensitive, ignoring the trailing dots
 * that BCI2000/EDF files use as padding, e.g. {@code "C3.."}).
 */
public record ChannelLayout(List<String> labels) {

    /** A 10-05 electrode name, normalised: letters, then a number or {@code Z}. */
    private static final Pattern TEN_FIVE = Pattern.compile("([A-Z]+)(\\d+|Z)");

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

    /**
     * The index of each channel's mirror image across the midline, or empty when a channel has none here.
     * Mirror images follow the 10-05 names: a trailing {@code z} lies on the midline (its own image), an odd
     * number lies left and an even one right, {@code 2k−1 ↔ 2k} ({@code C3 ↔ C4}, {@code FC5 ↔ FC6},
     * {@code TP9 ↔ TP10}); a label of another form has no image.
     */
    public Optional<int[]> mirrorIndices() {
        Map<String, Integer> index = normalisedIndex();
        int[] mirror = new int[labels.size()];
        for (int i = 0; i < mirror.length; i++) {
            Integer image = index.get(mirrorLabel(normalise(labels.get(i))));
            if (image == null) {
                return Optional.empty();
            }
            mirror[i] = image;
        }
        return Optional.of(mirror);
    }

    /** The normalised label of a normalised 10-05 label's mirror image, or "" when it has none. */
    static String mirrorLabel(String normalised) {
        Matcher m = TEN_FIVE.matcher(normalised);
        if (!m.matches()) {
            return "";
        }
        if (m.group(2).equals("Z")) {
            return normalised;
        }
        int n = Integer.parseInt(m.group(2));
        if (n == 0) {
            return "";
        }
        return m.group(1) + (n % 2 == 1 ? n + 1 : n - 1);
    }

    /** The matching key of a label: trimmed, trailing dots removed, upper case. */
    public static String normalise(String label) {
        String s = label.trim();
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
