package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.lsl.LslQuery;
import org.attend.progress.Progress;
import org.attend.progress.Sizes;
import org.attend.realtime.PreflightException;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionReporter;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.source.LslSource;
import org.attend.source.SimulatedHeadset;
import org.attend.source.Source;
import org.attend.stream.Chunk;
import org.attend.stream.Marker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attend record}: writes a source to XDF through the real-time engine, crash-safe, showing the seconds and
 * bytes written as it goes; without {@code --out} to a new file named after the time it starts.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a source (the simulated headset, or an LSL stream) to an XDF file.")
public final class RecordCommand implements Callable<Integer> {

    /** The default file name's pattern: the local time the recording starts. */
    static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("'attend-'yyyyMMdd-HHmmss'.xdf'",
            Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--lsl", paramLabel = "QUERY",
            description = "LSL query of the stream to record, e.g. \"type='EEG'\" (default: the simulated headset).")
    String lslQuery;

    @Option(names = "--out", paramLabel = "FILE.xdf",
            description = "The XDF file to write (default: attend-YYYYMMDD-HHMMSS.xdf here, the time it starts).")
    Path out;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds of signal to record (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--speed", converter = SpeedConverter.class, paramLabel = "FACTOR|max",
            description = "Pace of the simulated headset (default: 1, real time); an LSL stream is never paced.")
    Double speed = 1.0;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--resolve-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to look for an LSL stream (default: ${DEFAULT-VALUE} s).")
    double resolveSeconds;

    @Mixin
    LslBackendOption lslBackend = new LslBackendOption();

    @Mixin
    QuietOption quiet = new QuietOption();

    @Override
    public Integer call() throws Exception {
        PreflightException.require(durationSeconds > 0, "duration must be positive, got " + durationSeconds + " s");
        PreflightException.require(resolveSeconds > 0, "resolve timeout must be positive, got " + resolveSeconds
                + " s");
        PrintWriter printer = spec.commandLine().getOut();
        Path file = out != null ? out : Path.of(FILE_NAME.format(LocalDateTime.now()));
        OutputFile.check("--out", file, List.of(".xdf"));
        if (lslQuery != null) {
            LslQuery.check(lslQuery);
        }
        try (Source raw = open()) {
            SessionPlan.Builder plan = SessionPlan.builder().setSource(raw).setRecordingOnly()
                    .optRecording(file)
                    .optSpeed(speed)
                    .optDurationSeconds(durationSeconds)
                    .optOutput(SessionOutput.queuedListener("record-progress", context -> new RecordingProgress(file,
                            context.stream().sampleRateHz(), durationSeconds)))
                    .optReporter(new Printer(printer, file));
            if (raw instanceof SimulatedHeadset headset) {
                plan.optChunkSeconds(headset.spec().chunkSeconds());
            }
            SessionRunner.run(plan.build());
        }
        return 0;
    }

    private Source open() throws Exception {
        if (lslQuery == null) {
            return simulation.open();
        }
        return LslSource.open(lslBackend.open(), lslQuery, Duration.ofMillis((long) (resolveSeconds * 1000)));
    }

    /** Seconds of signal recorded so far, and the file's size, on stderr ({@link Progress}). */
    static final class RecordingProgress implements SessionListener {
        private final Path file;
        private final double rateHz;
        private final Progress progress;
        private long samples;
        private long sizeCheckedNanos;

        RecordingProgress(Path file, double rateHz, double durationSeconds) {
            this.file = file;
            this.rateHz = rateHz;
            this.progress = Progress.start("record " + file.getFileName(), (long) Math.ceil(durationSeconds), "s");
        }

        @Override
        public void onChunk(Chunk raw, List<Marker> markers) {
            samples += raw.sampleCount();
            progress.stepTo((long) Math.floor(samples / rateHz + 1e-9));
            long now = System.nanoTime();
            if (now - sizeCheckedNanos >= 1_000_000_000L) {
                sizeCheckedNanos = now;
                progress.message(sizeOf(file));
            }
        }

        @Override
        public void close() {
            progress.close();
        }
    }

    /** {@code 1.2 MB}: the file's size as a person reads it, or {@code size unknown}. */
    static String sizeOf(Path file) {
        try {
            return Sizes.of(Files.size(file));
        } catch (IOException e) {
            return "size unknown";
        }
    }

    /** Prints what was recorded. */
    private record Printer(PrintWriter out, Path file) implements SessionReporter {
        @Override
        public void finished(SessionResult result) {
            long samples = result.engine().samples();
            out.printf(Locale.ROOT, "recorded %d samples (%.1f s) of '%s' to %s (%s); dropped %d%n", samples,
                    samples / result.sampleRateHz(), result.streamName(), file, sizeOf(file),
                    result.engine().droppedSamples());
            out.flush();
        }
    }
}
