package org.attend.cli;

import java.io.IOException;
import org.attend.realtime.PreflightException;
import org.attend.source.SimulatedHeadset;
import org.attend.source.SimulationSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the simulated headset, shared by {@code run} and {@code record}. */
final class SimulationOptions {

    @Option(names = "--headset", paramLabel = "PROFILE", defaultValue = "bci2000-64",
            description = "Device profile to simulate (default: ${DEFAULT-VALUE}); see 'attend devices'.")
    String headset;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--mains", paramLabel = "HZ", defaultValue = "50",
            description = "Simulated line-noise frequency, 50 or 60 Hz (default: ${DEFAULT-VALUE}).")
    double mainsHz;

    @Mixin
    DevicesOption devices = new DevicesOption();

    /** Left/right/rest imagery on the chosen headset. */
    SimulatedHeadset open() throws IOException {
        PreflightException.require(mainsHz == 50 || mainsHz == 60, "mains frequency must be 50 or 60 Hz, got "
                + mainsHz);
        return new SimulatedHeadset(SimulationSpec.leftRightRest(devices.load().get(headset), seed).withMainsHz(mainsHz));
    }
}
