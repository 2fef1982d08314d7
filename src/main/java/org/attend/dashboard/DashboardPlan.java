package org.attend.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.attend.report.ScalpPosition;
import org.attend.source.Electrode;
import org.attend.source.Montage;
import org.attend.stream.StreamInfo;

/**
 * What a dashboard shows and where: built with {@link #builder()} ({@code set…} required, {@code opt…}
 * optional) and checked when built.
 *
 * @param stream            the session's stream
 * @param decoderName       the decoder's name
 * @param decoderChannels   the decoder's input channels, in its order (rows of its attention)
 * @param classes           the decoder's classes
 * @param positions         scalp position of each stream channel, null where the montage has none
 * @param montageName       where the positions come from (a device profile), null if none
 * @param window            whether to open a Swing window
 * @param png               PNG written at the end of the session (and periodically), or null
 * @param pngEverySeconds   seconds between PNG writes during the session, 0 for only at the end
 * @param framesPerSecond   frame rate of the render loop
 * @param commonScale       one µV scale for every trace (else each trace is scaled to its own range)
 * @param widthPixels       width of the PNG
 * @param heightPixels      height of the PNG
 * @param mainsHz           mains frequency for the line-noise check, 0 for none
 */
public record DashboardPlan(StreamInfo stream, String decoderName, List<String> decoderChannels,
                            List<String> classes, List<ScalpPosition> positions, String montageName, boolean window,
                            Path png, double pngEverySeconds, double framesPerSecond, boolean commonScale,
                            int widthPixels, int heightPixels, double mainsHz) {

    /** Seconds of signal the traces show. */
    static final double TRACE_SECONDS = 10;
    /** Seconds of probabilities, markers and commands kept. */
    static final double HISTORY_SECONDS = 30;
    /** Seconds of raw signal behind the spectrum and the quality verdicts. */
    static final double ANALYSIS_SECONDS = 2;

    public DashboardPlan {
        positions = new ArrayList<>(positions); // may hold nulls
        positions = Collections.unmodifiableList(positions);
        decoderChannels = List.copyOf(decoderChannels);
        classes = List.copyOf(classes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether any channel has a scalp position. */
    boolean hasPositions() {
        return positions.stream().anyMatch(Objects::nonNull);
    }

    /** Builds a {@link DashboardPlan}. */
    public static final class Builder {
        private StreamInfo stream;
        private String decoderName;
        private List<String> decoderChannels;
        private List<String> classes;
        private List<ScalpPosition> positions;
        private String montageName;
        private boolean window;
        private Path png;
        private double pngEverySeconds;
        private double framesPerSecond = 15;
        private boolean commonScale = true;
        private int widthPixels = 1600;
        private int heightPixels = 900;
        private double mainsHz = 50;

        private Builder() {
        }

        /** The session's stream (required). */
        public Builder setStream(StreamInfo stream) {
            this.stream = stream;
            return this;
        }

        /** The decoder's name, input channels and classes (required). */
        public Builder setDecoder(String name, List<String> channels, List<String> classes) {
            this.decoderName = name;
            this.decoderChannels = channels;
            this.classes = classes;
            return this;
        }

        /** Where the stream's electrodes sit (for the head maps), projected onto the flat scalp map. */
        public Builder optMontage(Montage montage) {
            List<ScalpPosition> projected = new ArrayList<>();
            for (Electrode e : montage.electrodes()) {
                projected.add(e == null ? null : ScalpPosition.fromHeadFrame(e.label(), e.x(), e.y(), e.z()));
            }
            this.positions = projected;
            this.montageName = montage.name();
            return this;
        }

        /** Open a Swing window (needs a display). */
        public Builder optWindow(boolean window) {
            this.window = window;
            return this;
        }

        /** Write the view to this PNG at the end, and every {@code everySeconds} (0: only at the end). */
        public Builder optPng(Path png, double everySeconds) {
            this.png = png;
            this.pngEverySeconds = everySeconds;
            return this;
        }

        /** Frame rate of the render loop (default 15). */
        public Builder optFramesPerSecond(double framesPerSecond) {
            this.framesPerSecond = framesPerSecond;
            return this;
        }

        /** One µV scale for all traces (default) or one per trace. */
        public Builder optCommonScale(boolean commonScale) {
            this.commonScale = commonScale;
            return this;
        }

        /** Size of the PNG (default 1600×900). */
        public Builder optSize(int widthPixels, int heightPixels) {
            this.widthPixels = widthPixels;
            this.heightPixels = heightPixels;
            return this;
        }

        /** Mains frequency for the line-noise check: 50 (default), 60 or 0 for none. */
        public Builder optMainsHz(double mainsHz) {
            this.mainsHz = mainsHz;
            return this;
        }

        /**
         * @throws IllegalArgumentException in one line, naming what is missing or out of range
         */
        public DashboardPlan build() {
            if (stream == null) {
                throw new IllegalArgumentException("dashboard: the stream is not set");
            }
            if (decoderName == null || decoderChannels == null || classes == null) {
                throw new IllegalArgumentException("dashboard: the decoder is not set");
            }
            if (!(pngEverySeconds >= 0) || Double.isInfinite(pngEverySeconds)) {
                throw new IllegalArgumentException("dashboard: --dashboard-every must be a positive number of "
                        + "seconds, got " + pngEverySeconds);
            }
            if (pngEverySeconds > 0 && png == null) {
                throw new IllegalArgumentException("dashboard: --dashboard-every needs --dashboard-png FILE");
            }
            if (!window && png == null) {
                throw new IllegalArgumentException("dashboard: neither a window nor a PNG file is asked for");
            }
            if (!(framesPerSecond >= 1 && framesPerSecond <= 120)) {
                throw new IllegalArgumentException("dashboard: frame rate must be 1..120 frames/s, got "
                        + framesPerSecond);
            }
            if (widthPixels < 640 || heightPixels < 360 || widthPixels > 8000 || heightPixels > 8000) {
                throw new IllegalArgumentException("dashboard: picture size must be 640×360 to 8000×8000, got "
                        + widthPixels + "×" + heightPixels);
            }
            if (png != null && !png.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                throw new IllegalArgumentException("dashboard: " + png + " must end in .png");
            }
            List<ScalpPosition> p = positions;
            if (p == null) {
                p = new ArrayList<>();
                for (int i = 0; i < stream.channelCount(); i++) {
                    p.add(null);
                }
            } else if (p.size() != stream.channelCount()) {
                throw new IllegalArgumentException("dashboard: " + p.size() + " scalp positions for "
                        + stream.channelCount() + " channels of stream '" + stream.name() + "'");
            }
            return new DashboardPlan(stream, decoderName, decoderChannels, classes, p, montageName, window, png,
                    pngEverySeconds, framesPerSecond, commonScale, widthPixels, heightPixels, mainsHz);
        }
    }
}
