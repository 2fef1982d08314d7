package org.attend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import org.attend.realtime.PreflightException;
import org.attend.decode.SelfPacedTraining;
import org.attend.realtime.SessionDefaults;
import org.attend.source.FileSequenceSource;
import org.attend.source.FileSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attend replay FILE...}: recordings as one source of the real-time path (several runs of a session back
 * to back on one timeline, {@link FileSequenceSource}), the very same path as a
 * headset. Its markers are the ground truth; the first trials calibrate the decoder unless a model is given.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Replay a recording (XDF, EDF/EDF+, BDF, GDF, BrainVision) through the real-time path.",
            "Markers mapped to classes are the ground truth; without --model the first trials calibrate."})
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The recording; several runs of one session "
            + "play back to back on one timeline, " + FileSequenceSource.GAP_SECONDS + " s apart.")
    List<Path> files;

    @Option(names = "--classes", converter = ClassesConverter.class, paramLabel = ClassesConverter.LABEL,
            description = "Marker labels to classes, e.g. T1=left,T2=right, or the classes the markers name "
                    + "(default for eegmmidb runs: their cues, e.g. T1=left,T2=right).")
    Map<String, String> classes;

    @Option(names = "--chunk", paramLabel = "SECONDS", defaultValue = "0.0625",
            description = "Chunk length delivered to the engine (default: ${DEFAULT-VALUE} s).")
    double chunkSeconds;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        PreflightException.require(chunkSeconds > 0, "chunk must be positive, got " + chunkSeconds + " s");
        SessionPreflight.check(session, Double.NaN);
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
        }
        // each file is read (a file that is not a recording says so) before any class mapping is looked for
        List<Recording> recordings = new ArrayList<>();
        for (Path file : files) {
            recordings.add(Recordings.read(file));
        }
        Map<String, String> mapping = classes != null ? classes : FileSource.defaultClasses(files.get(0));
        PreflightException.require(!mapping.isEmpty(), files.get(0) + ": no default marker-to-class mapping for this "
                + "file (markers " + InfoCommand.labelCounts(recordings.get(0)).keySet() + "); give --classes "
                + "LABEL=CLASS,...");
        List<FileSource> parts = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                PreflightException.require(classes != null || FileSource.defaultClasses(file).equals(mapping), file
                        + ": its default classes differ from " + files.get(0) + "'s; give --classes LABEL=CLASS,...");
                parts.add(new FileSource(recordings.get(i), chunkSeconds, mapping));
            }
        } catch (IOException | RuntimeException e) {
            for (FileSource part : parts) {
                part.close();
            }
            throw e;
        }
        try (FileSequenceSource source = new FileSequenceSource(parts,
                files.stream().map(Path::toString).toList())) {
            List<String> classNames = SessionDefaults.classNames(mapping);
            int calibrationTrials = session.model != null || session.calibrationTrials != null ? 1
                    : SessionDefaults.calibrationTrials(source.markers(), classNames,
                            session.selfPaced() ? SelfPacedTraining.FOLDS : 1); // ignored when the options decide
            session.run(session.plan(source, classNames, SessionDefaults.CUED_TRIAL_SECONDS, calibrationTrials,
                    spec.commandLine().getOut())
                    .optChunkSeconds(chunkSeconds)
                    .build());
        }
        return 0;
    }
}
