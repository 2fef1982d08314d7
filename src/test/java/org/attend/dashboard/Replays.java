package org.attend.dashboard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.attend.format.Recordings;
import org.attend.realtime.AcquiredChunk;
import org.attend.realtime.Stage;
import org.attend.source.DeviceProfiles;
import org.attend.source.FileSource;
import org.attend.source.Montage;
import org.attend.stream.Chunk;
import org.attend.stream.StreamInfo;

/** The shipped eegmmidb recording as a source, and what the dashboard tests share. */
final class Replays {

    static final Path HOME = Path.of(System.getProperty("attend.home", "."));
    static final Path RECORDING = HOME.resolve("recordings/eegmmidb/S001R08.edf");

    private Replays() {
    }

    static FileSource open() throws IOException {
        return new FileSource(Recordings.read(RECORDING), 1.0 / 16, FileSource.defaultClasses(RECORDING));
    }

    /** A plan over the recording's stream with its bci2000-64 positions and a three-channel decoder. */
    static DashboardPlan.Builder plan(StreamInfo info) throws IOException {
        Montage montage = Montage.of(info, DeviceProfiles.load(HOME.resolve("devices")));
        return DashboardPlan.builder().setStream(info)
                .setDecoder("test", List.of("C3", "Cz", "C4"), List.of("left", "right"))
                .optMontage(montage);
    }

    /** Accepts chunks until {@code seconds} of source time have passed, counting their samples. */
    static final class ForSeconds implements Stage {
        private final double seconds;
        private double first = Double.NaN;
        long samples;

        ForSeconds(double seconds) {
            this.seconds = seconds;
        }

        @Override
        public boolean accept(AcquiredChunk filtered, Chunk raw) {
            if (filtered.chunk().sampleCount() == 0) {
                return true;
            }
            if (Double.isNaN(first)) {
                first = filtered.chunk().firstTime();
            }
            samples += filtered.chunk().sampleCount();
            return filtered.chunk().lastTime() - first < seconds;
        }

        @Override
        public void streamStale(double lastSourceTime) {
        }

        @Override
        public void restartAfterGap() {
        }
    }
}
