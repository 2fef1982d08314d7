package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.lsl.LslQuery;
import org.attend.realtime.PreflightException;
import org.attend.realtime.SessionPlan;
import org.attend.realtime.SessionReporter;
import org.attend.realtime.SessionResult;
import org.attend.realtime.SessionRunner;
import org.attend.source.LslSource;
import org.attend.source.SimulatedHeadset;
import org.attend.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attend record}: writes a source to XDF through the real-time engine, crash-safe. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a source (the simulated headset, or an LSL stream) to an XDF file.")
public final class RecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "sim|QUERY", defaultValue = "sim",
            description = "'sim' for the simulated headset, or an LSL query such as \"type='EEG'\" (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--out", required = true, paramLabel = "FILE.xdf", description = "The XDF file to write.")
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

    @Override
    public Integer call() throws Exception {
        PreflightException.require(durationSeconds > 0, "duration must be positive, got " + durationSeconds + " s");
        PreflightException.require(resolveSeconds > 0, "resolve timeout must be positive, got " + resolveSeconds
                + " s");
        PrintWriter printer = spec.commandLine().getOut();
        OutputFile.check("--out", out, List.of(".xdf"));
        if (!source.equals("sim")) {
            LslQuery.check(source);
        }
        try (Source raw = open()) {
            SessionPlan.Builder plan = SessionPlan.builder().setSource(raw).setRecordingOnly()
                    .optRecording(out)
                    .optSpeed(speed)
                    .optDurationSeconds(durationSeconds)
                    .optReporter(new Printer(printer, out));
            if (raw instanceof SimulatedHeadset headset) {
                plan.optChunkSeconds(headset.spec().chunkSeconds());
            }
            SessionRunner.run(plan.build());
        }
        return 0;
    }

    private Source open() throws Exception {
        if (source.equals("sim")) {
            return simulation.open();
        }
        return LslSource.open(lslBackend.open(), source, Duration.ofMillis((long) (resolveSeconds * 1000)));
    }

    /** Prints what was recorded. */
    private record Printer(PrintWriter out, Path file) implements SessionReporter {
        @Override
        public void finished(SessionResult result) {
            long samples = result.engine().samples();
            out.printf(Locale.ROOT, "recorded %d samples (%.1f s) of '%s' to %s; dropped %d%n", samples,
                    samples / result.sampleRateHz(), result.streamName(), file, result.engine().droppedSamples());
            out.flush();
        }
    }
}
