package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.FormatsBench;
import org.attend.format.RecordedStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench formats}: {@link FormatsBench} on a recording (by default the 64-channel, 2-minute eegmmidb
 * S001R04 EDF shipped in recordings/): median and 99th-percentile milliseconds, and MB/s of file at the median.
 */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Time reading a recording (default recordings/eegmmidb/S001R04.edf): median/p99 ms, MB/s.")
public final class BenchFormatsCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "FILE", description = "recording to read (default: ${DEFAULT-VALUE})")
    Path file = AttendHome.resolve("recordings/eegmmidb/S001R04.edf");

    @Mixin
    RepetitionsOption repetitions = new RepetitionsOption(200, 30);

    @Mixin
    QuietOption quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        FormatsBench.Result r = FormatsBench.run(new FormatsBench.Plan(file, repetitions.repetitions,
                repetitions.warmup));
        PrintWriter out = spec.commandLine().getOut();
        RecordedStream eeg = r.recording().eegStream().orElseThrow();
        out.printf(Locale.ROOT, "read %s (%s, %d channels, %.1f s, %.2f MB): median %.2f ms, p99 %.2f ms, %.0f MB/s "
                        + "(%d repetitions after %d warm-up, %d CPUs, Java %s)%n",
                file.getFileName(), r.recording().format(), eeg.info().channelCount(), eeg.durationSeconds(),
                r.fileBytes() / 1e6, r.readMillis().median(), r.readMillis().percentile(99), r.megabytesPerSecond(),
                repetitions.repetitions, repetitions.warmup, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.flush();
        return 0;
    }
}
