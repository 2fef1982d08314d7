package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.SessionBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attend bench session}: {@link SessionBench} on the bci2000-64 simulator and a 64-channel 2-minute EDF.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Full-speed session and replay through the real-time path, with source-only baselines.")
public final class BenchSessionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    QuietOption quiet;

    @Option(names = "--recording", paramLabel = "FILE", defaultValue = "recordings/eegmmidb/S001R04.edf",
            description = "Recording to replay (default: ${DEFAULT-VALUE}).")
    Path recording;

    @CommandLine.Mixin
    RepetitionsOption repetitions = new RepetitionsOption(7, 2);

    @Override
    public Integer call() throws Exception {
        Path file = recording.isAbsolute() ? recording : AttendHome.resolve(recording.toString());
        SessionBench.Plan plan = new SessionBench.Plan(new DevicesOption().load().get("bci2000-64"), file,
                repetitions.repetitions, repetitions.warmup);
        SessionBench.Result r = SessionBench.run(plan);
        PrintWriter out = spec.commandLine().getOut();
        double session = r.sessionSeconds().median();
        double source = r.simulatorSeconds().median();
        double read = r.readSeconds().median();
        double replay = r.replaySeconds().median();
        out.printf(Locale.ROOT, "attend bench session: %d repetitions after %d warm-up, medians%n",
                repetitions.repetitions, repetitions.warmup);
        out.printf(Locale.ROOT, "simulated session (run --speed max, %.0f s of signal): %.3f s = %.0fx real time; "
                + "simulator alone %.3f s; ratio %.2f%n", r.sessionSignalSeconds(), session,
                r.sessionSignalSeconds() / session, source, session / source);
        out.printf(Locale.ROOT, "  decision latency p50 %.3f ms, p99 %.3f ms (medians over repetitions); accuracy %.3f;"
                + " dropped %d%n", r.latencyP50Millis().median(), r.latencyP99Millis().median(), r.first().accuracy(),
                r.first().droppedSamples());
        out.printf(Locale.ROOT, "replay %s (%.0f s) --speed max: %.3f s = %.0fx real time; reading alone %.3f s; "
                + "ratio %.2f%n", file.getFileName(), r.replaySignalSeconds(), replay, r.replaySignalSeconds() / replay,
                read, replay / read);
        out.flush();
        return 0;
    }
}
