package org.attend.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.lsl.LslQuery;
import org.attend.realtime.ChunkFilter;
import org.attend.realtime.EngineSettings;
import org.attend.realtime.EngineStats;
import org.attend.realtime.RealtimeEngine;
import org.attend.realtime.RecordingStage;
import org.attend.realtime.XdfSessionRecorder;
import org.attend.source.LslSource;
import org.attend.source.PacedSource;
import org.attend.source.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attend record}: writes a source to XDF through the real-time engine, crash-safe. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a source (the simulated headset, or an LSL stream) to an XDF file.")
public final class RecordCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "sim|QUERY", defaultValue = "sim",
            description = "'sim' for the simulated headset, or an LSL query such as \"type='EEG'\" (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--out", required = true, paramLabel = "FILE.xdf", description = "The XDF file to write.")
    Path out;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Seconds of signal to record (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--speed", converter = SpeedConverter.class, paramLabel = "FACTOR|max",
            description = "Pace of the simulated headset (default: 1, real time).")
    Double speed = 1.0;

    @picocli.CommandLine.Mixin
    SimulationOptions simulation;

    @Option(names = "--resolve-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to look for an LSL stream (default: ${DEFAULT-VALUE} s).")
    double resolveSeconds;

    @picocli.CommandLine.Mixin
    LslBackendOption lslBackend = new LslBackendOption();

    @Override
    public Integer call() throws Exception {
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + durationSeconds);
        }
        OutputFile.check("--out", out, List.of(".xdf"));
        if (!source.equals("sim")) {
            LslQuery.check(source);
        }
        try (Source raw = open()) {
            Source paced = PacedSource.at(raw, speed);
            double rate = raw.info().sampleRateHz();
            EngineStats stats;
            try (XdfSessionRecorder recorder = new XdfSessionRecorder(out, raw.info())) {
                stats = new RealtimeEngine(paced, ChunkFilter.NONE, new RecordingStage(durationSeconds),
                        EngineSettings.defaults(), List.of(recorder)).run();
            }
            System.out.printf(Locale.ROOT, "recorded %d samples (%.1f s) of '%s' to %s; dropped %d%n",
                    stats.samples(), stats.samples() / rate, raw.info().name(), out, stats.droppedSamples());
        }
        return 0;
    }

    private Source open() throws Exception {
        if (source.equals("sim")) {
            return simulation.open();
        }
        return LslSource.open(lslBackend.open(), source, java.time.Duration.ofMillis((long) (resolveSeconds * 1000)));
    }
}
