package org.attend.cli;

import java.util.concurrent.Callable;
import org.attend.source.DeviceProfile;
import org.attend.source.DeviceProfiles;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend run}: the embedded main job. A simulated headset cues left/right hand imagery; a calibration
 * block trains the decoder, then an online block decodes live and emits commands, scored against the cues.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a full BCI session on the simulated headset: calibrate, then decode online.",
            "Prints one line per command and a summary (accuracy, ITR, latency, dropped samples)."})
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--headset", paramLabel = "PROFILE", defaultValue = "bci2000-64",
            description = "Device profile to simulate (default: ${DEFAULT-VALUE}); see 'attend devices'.")
    String headset;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mains", paramLabel = "HZ", defaultValue = "50",
            description = "Simulated line-noise frequency, 50 or 60 Hz (default: ${DEFAULT-VALUE}).")
    double mainsHz;

    @Option(names = "--devices", paramLabel = "DIR", description = "Folder of device profiles (default: devices/).")
    java.nio.file.Path devicesDir;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        if (session.durationSeconds == null) {
            session.durationSeconds = 240.0;
        }
        DeviceProfile profile = DeviceProfiles.load(devicesDir != null ? devicesDir : AttendHome.resolve("devices"))
                .get(headset);
        SimulationSpec spec = SimulationSpec.leftRightRest(profile, seed).withMainsHz(mainsHz);
        try (SimulatedHeadset headset = new SimulatedHeadset(spec)) {
            new SessionRunner(session, System.out).run(headset,
                    new SessionRunner.Protocol(spec.classes(), spec.imagerySeconds(), 20));
        }
        return 0;
    }
}
