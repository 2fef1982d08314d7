package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench formats}: how fast a recording is read into memory (by default the 64-channel, 2-minute
 * eegmmidb S001R04 EDF shipped in recordings/): median and 99th-percentile milliseconds over repetitions after
 * a warm-up, and the throughput in MB/s of file at the median.
 */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Time reading a recording (default recordings/eegmmidb/S001R04.edf): median/p99 ms, MB/s.")
public final class BenchFormatsCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "FILE", description = "recording to read (default: ${DEFAULT-VALUE})")
    Path file = Path.of(System.getProperty("attend.home", "."), "recordings", "eegmmidb", "S001R04.edf");

    @Option(names = "--repetitions", description = "timed reads (default: ${DEFAULT-VALUE})")
    int repetitions = 200;

    @Option(names = "--warmup", description = "untimed reads first, for the JIT (default: ${DEFAULT-VALUE})")
    int warmup = 30;

    @Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (repetitions < 1 || warmup < 0) {
            throw new IllegalArgumentException("--repetitions must be >= 1 and --warmup >= 0");
        }
        long bytes = Files.size(file);
        Recording first = Recordings.read(file);
        double[] millis = new double[repetitions];
        try (Progress bar = Progress.start("reading", warmup + repetitions, "reads")) {
            for (int i = 0; i < warmup + repetitions; i++) {
                long start = System.nanoTime();
                Recording r = Recordings.read(file);
                long nanos = System.nanoTime() - start;
                if (r.streams().size() != first.streams().size()) {
                    throw new IllegalStateException("reads of " + file + " differ");
                }
                if (i >= warmup) {
                    millis[i - warmup] = nanos / 1e6;
                }
                bar.step();
            }
        }
        Arrays.sort(millis);
        double median = percentile(millis, 50);
        double p99 = percentile(millis, 99);
        PrintWriter out = spec.commandLine().getOut();
        var eeg = first.eegStream().orElseThrow();
        out.printf("read %s (%s, %d channels, %.1f s, %.2f MB): median %.2f ms, p99 %.2f ms, %.0f MB/s "
                        + "(%d repetitions after %d warm-up, %d CPUs, Java %s)%n",
                file.getFileName(), first.format(), eeg.info().channelCount(), eeg.durationSeconds(), bytes / 1e6,
                median, p99, bytes / 1e6 / (median / 1e3), repetitions, warmup,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.flush();
        return 0;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
