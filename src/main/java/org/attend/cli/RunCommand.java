package org.attend.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attend.realtime.SessionDefaults;
import org.attend.realtime.SessionPlan;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code attend run}: the embedded main job. A simulated headset cues left/right hand imagery; a calibration
 * block trains the decoder, then an online block decodes live and emits commands, scored against the cues.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a full BCI session on the simulated headset: calibrate, then decode online.",
            "Prints one line per command and a summary (accuracy, ITR, latency, dropped samples)."})
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
            SessionPlan.Builder plan = session.plan(headset, sim.classes(), sim.imagerySeconds(),
                    SessionDefaults.CALIBRATION_TRIALS_PER_CLASS, out)
                    .optChunkSeconds(sim.chunkSeconds())
                    .optMainsHz(simulation.mainsHz);
            if (session.durationSeconds == null) {
                plan.optDurationSeconds(SessionDefaults.RUN_ONLINE_SECONDS);
            }
            session.run(plan.build());
        }
        return 0;
    }
}
