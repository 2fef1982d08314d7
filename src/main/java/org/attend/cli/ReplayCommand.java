package org.attend.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.realtime.SessionSummary;
import org.attend.source.FileSource;
import org.attend.stream.Marker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attend replay FILE}: a recording as a source of the real-time path, the very same path as a
 * headset. Its markers are the ground truth; the first trials calibrate the decoder unless a model is given.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a recording (XDF, EDF/EDF+, BDF, GDF, BrainVision) through the real-time path.",
            "Markers mapped to classes are the ground truth; without --model the first trials calibrate."})
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The recording.")
    Path file;

    @Option(names = "--classes", paramLabel = "LABEL=CLASS,...",
            description = "Marker labels to classes, e.g. T1=left,T2=right (eegmmidb imagery runs: the default).")
    String classes;

    @Option(names = "--chunk", paramLabel = "SECONDS", defaultValue = "0.0625",
            description = "Chunk length delivered to the engine (default: ${DEFAULT-VALUE} s).")
    double chunkSeconds;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        run(System.out);
        return 0;
    }

    /** Replays the file, printing commands and the summary to {@code out}. */
    SessionSummary run(java.io.PrintStream out) throws Exception {
        Recording recording = Recordings.read(file);
        Map<String, String> mapping = classes != null ? FileSource.parseClasses(classes) : FileSource.defaultClasses(file);
        if (mapping.isEmpty()) {
            throw new IllegalArgumentException(file + ": no default marker-to-class mapping for this file; "
                    + "give --classes LABEL=CLASS,...");
        }
        try (FileSource source = new FileSource(recording, chunkSeconds, mapping)) {
            List<String> classNames = List.copyOf(new java.util.LinkedHashSet<>(mapping.values()));
            return new SessionRunner(session, out).run(source,
                    new SessionRunner.Protocol(classNames, 4.0, halfOfSmallestClass(source.markers(), classNames)));
        }
    }

    /** Calibrate on the first half of the trials, so that the second half is decoded online. */
    private static int halfOfSmallestClass(List<Marker> markers, List<String> classNames) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        classNames.forEach(c -> counts.put(c, 0));
        markers.forEach(m -> counts.computeIfPresent(m.label(), (k, v) -> v + 1));
        int smallest = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        if (smallest < 4) {
            throw new IllegalArgumentException("recording has too few trials to calibrate on half of them: " + counts
                    + " (give --model or --calibration-trials)");
        }
        return smallest / 2;
    }
}
