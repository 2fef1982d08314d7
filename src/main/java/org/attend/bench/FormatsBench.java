package org.attend.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.progress.Progress;
import org.attend.stream.Summary;

/** How fast a recording is read into memory: milliseconds per read over repetitions, after a warm-up. */
public final class FormatsBench {

    /**
     * What to measure.
     *
     * @param file        the recording
     * @param repetitions timed reads
     * @param warmup      untimed reads first, for the JIT
     */
    public record Plan(Path file, int repetitions, int warmup) {
        public Plan {
            if (repetitions < 1 || warmup < 0) {
                throw new IllegalArgumentException("--repetitions must be >= 1 and --warmup >= 0");
            }
        }
    }

    /**
     * What was measured.
     *
     * @param recording  the recording as read
     * @param fileBytes  its size on disk
     * @param readMillis one per timed read
     */
    public record Result(Recording recording, long fileBytes, Summary readMillis) {

        /** MB of file read per second at the median. */
        public double megabytesPerSecond() {
            return fileBytes / 1e6 / (readMillis.median() / 1e3);
        }
    }

    private FormatsBench() {
    }

    /** Reads the file the plan's number of times; every read must give the same streams. */
    public static Result run(Plan plan) throws IOException {
        Path file = plan.file();
        long bytes = Files.size(file);
        Recording first = Recordings.read(file);
        double[] millis = new double[plan.repetitions()];
        try (Progress bar = Progress.start("reading", plan.warmup() + plan.repetitions(), "reads")) {
            for (int i = 0; i < plan.warmup() + plan.repetitions(); i++) {
                long start = System.nanoTime();
                Recording r = Recordings.read(file);
                long nanos = System.nanoTime() - start;
                if (r.streams().size() != first.streams().size()) {
                    throw new IllegalStateException("reads of " + file + " differ");
                }
                if (i >= plan.warmup()) {
                    millis[i - plan.warmup()] = nanos / 1e6;
                }
                bar.step();
            }
        }
        return new Result(first, bytes, Summary.of(millis));
    }
}
