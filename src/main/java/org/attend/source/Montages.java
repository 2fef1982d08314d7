package org.attend.source;

import java.util.List;
import org.attend.stream.ChannelLayout;

/** Named electrode subsets that paradigms rely on. */
public final class Montages {

    /**
     * The 10-10 sites over the sensorimotor strip (FC, C and CP rows between the 5 and 6 columns), where
     * hand and foot imagery change mu and beta rhythms.
     */
    public static final List<String> SENSORIMOTOR = List.of(
            "FC5", "FC3", "FC1", "FCz", "FC2", "FC4", "FC6",
            "C5", "C3", "C1", "Cz", "C2", "C4", "C6",
            "CP5", "CP3", "CP1", "CPz", "CP2", "CP4", "CP6");

    /** Fewer sensorimotor sites than this and motor-imagery decoders use every channel instead. */
    static final int MINIMUM_SENSORIMOTOR = 3;

    private Montages() {
    }

    /**
     * The labels of {@code layout} that lie over the sensorimotor strip, in the layout's order; all labels
     * when fewer than three do (a headset without a motor montage still gets a decoder).
     */
    public static List<String> sensorimotorOrAll(ChannelLayout layout) {
        List<String> wanted = SENSORIMOTOR.stream().map(ChannelLayout::normalise).toList();
        List<String> found = layout.labels().stream()
                .filter(label -> wanted.contains(ChannelLayout.normalise(label)))
                .toList();
        return found.size() >= MINIMUM_SENSORIMOTOR ? found : layout.labels();
    }
}
