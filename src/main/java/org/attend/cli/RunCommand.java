package org.attend.cli;

import java.util.concurrent.Callable;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code attend run}: the embedded main job. A simulated headset cues left/right hand imagery; a calibration
 * block trains the decoder, then an online block decodes live and emits commands, scored against the cues.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a full BCI session on the simulated headset: calibrate, then decode online.",
            "Prints one line per command and a summary (accuracy, ITR, latency, dropped samples)."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    SimulationOptions simulation;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        if (session.durationSeconds == null) {
            session.durationSeconds = 240.0;
        }
        try (SimulatedHeadset headset = simulation.open()) {
            SimulationSpec spec = headset.spec();
            new SessionRunner(session, System.out).run(headset,
                    new SessionRunner.Protocol(spec.classes(), spec.imagerySeconds(), 20));
        }
        return 0;
    }
}
