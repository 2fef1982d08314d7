package org.attend.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.progress.Progress;
import org.attend.realtime.SessionDefaults;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attend run}: the embedded main job. A simulated headset cues left/right hand imagery; a calibration
 * block trains the decoder, then an online block decodes live and emits commands, scored against the cues. By
 * default a quick session of about two minutes at real-time pace; {@code --full} for the full one. It says how
 * long it will take before it starts.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a BCI session on the simulated headset: calibrate, then decode online.",
            "Prints one line per command and a summary (accuracy, ITR, latency, dropped samples). A quick session "
                + "(about 2 minutes at real-time pace) unless --full."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "The full session: " + SessionDefaults.CALIBRATION_TRIALS_PER_CLASS
            + " calibration trials per class, then " + (int) SessionDefaults.RUN_ONLINE_SECONDS + " s online "
            + "(about 10 minutes at real-time pace); default: " + SessionDefaults.QUICK_RUN_TRIALS_PER_CLASS
            + " trials per class, " + (int) SessionDefaults.QUICK_RUN_ONLINE_SECONDS + " s online.")
    boolean full;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        SessionPreflight.check(session, simulation.rateHz());
        PrintWriter out = spec.commandLine().getOut();
        try (SimulatedHeadset headset = simulation.open()) {
            SimulationSpec sim = headset.spec();
            int trials = full ? SessionDefaults.CALIBRATION_TRIALS_PER_CLASS : SessionDefaults.QUICK_RUN_TRIALS_PER_CLASS;
            SessionPlan.Builder plan = session.plan(headset, sim.classes(), sim.imagerySeconds(), trials, out)
                    .optChunkSeconds(sim.chunkSeconds())
                    .optMainsHz(simulation.mainsHz);
            if (session.durationSeconds == null) {
                plan.optDurationSeconds(full ? SessionDefaults.RUN_ONLINE_SECONDS
                        : SessionDefaults.QUICK_RUN_ONLINE_SECONDS);
            }
            // said once every output has opened: a bad output flag is one line of error, not an announcement first
            plan.optOutput(SessionOutput.listener(context -> {
                announce(spec.commandLine().getErr(), sim, context.plan());
                return new SessionListener() {
                };
            }));
            session.run(plan.build());
        }
        return 0;
    }

    /** How long the session will take, on stderr before it starts (nothing with {@code --quiet}). */
    private void announce(PrintWriter err, SimulationSpec sim, SessionPlan plan) {
        if (Progress.isQuiet()) {
            return;
        }
        double calibration = plan.work() == SessionPlan.Work.CALIBRATE_THEN_DECODE
                ? SessionDefaults.simulatedCalibrationSeconds(sim, plan.calibrationTrialsPerClass()) : 0;
        double online = plan.durationSeconds();
        String pace = Double.isInfinite(plan.speed()) ? "as fast as it decodes"
                : String.format(Locale.ROOT, "about %s at %s", minutes((calibration + online) / plan.speed()),
                        plan.speed() == 1 ? "real-time pace" : Figures.of(plan.speed(), 1) + "x real time");
        List<String> hints = new ArrayList<>();
        if (!full && session.durationSeconds == null) {
            hints.add("--full for the full session");
        }
        if (Double.isFinite(plan.speed())) {
            hints.add("--speed max for no waiting");
        }
        err.printf(Locale.ROOT, "run: simulated %s headset; %s%.0f s online: %s%s%n", sim.profile().name(),
                calibration > 0 ? String.format(Locale.ROOT, "calibration on %d cued trials per class (about %.0f s "
                        + "of signal), then ", plan.calibrationTrialsPerClass(), calibration) : "",
                online, pace, hints.isEmpty() ? "" : " (" + String.join(", ", hints) + ")");
        err.flush();
    }

    private static String minutes(double seconds) {
        return seconds < 90 ? String.format(Locale.ROOT, "%.0f s", seconds)
                : String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }
}
