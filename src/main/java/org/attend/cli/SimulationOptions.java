package org.attend.cli;

import java.io.IOException;
import org.attend.realtime.PreflightException;
import org.attend.source.DeviceProfile;
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

    @Option(names = "--rate", paramLabel = "HZ",
            description = "Sample rate of the simulated headset, e.g. 1000 for a research amplifier (default: the "
                    + "profile's).")
    Double rateHz;

    @Mixin
    DevicesOption devices = new DevicesOption();

    /** Left/right/rest imagery on the chosen headset. */
    SimulatedHeadset open() throws IOException {
        PreflightException.require(mainsHz == 50 || mainsHz == 60, "mains frequency must be 50 or 60 Hz, got "
                + mainsHz);
        return new SimulatedHeadset(SimulationSpec.leftRightRest(profile(), seed).withMainsHz(mainsHz));
    }

    /** The rate the simulated headset samples at, Hz (known before it is opened). */
    double rateHz() throws IOException {
        return profile().sampleRateHz();
    }

    /** The chosen profile, at {@code --rate} when given. */
    private DeviceProfile profile() throws IOException {
        DeviceProfile profile = devices.load().get(headset);
        if (rateHz == null) {
            return profile;
        }
        PreflightException.require(rateHz > 0 && Double.isFinite(rateHz), "--rate must be a positive number of Hz, "
                + "got " + rateHz);
        return profile.withSampleRateHz(rateHz);
    }
}
