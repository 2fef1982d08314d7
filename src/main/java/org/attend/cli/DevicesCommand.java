package org.attend.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.source.DeviceProfile;
import org.attend.source.DeviceProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attend devices}: the headset profiles Attend knows. */
@Command(name = "devices", mixinStandardHelpOptions = true,
        description = "List the headset profiles in devices/ (channels, rate, LSL stream to match).")
public final class DevicesCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DevicesOption devices;

    @Option(names = {"-v", "--verbose"}, description = "Also list every channel label.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        DeviceProfiles profiles = devices.load();
        System.out.printf(Locale.ROOT, "%-26s %4s %7s  %-28s %s%n", "PROFILE", "CH", "RATE", "LSL NAME/TYPE", "MODEL");
        for (DeviceProfile p : profiles.all()) {
            System.out.printf(Locale.ROOT, "%-26s %4d %5.0fHz  %-28s %s %s%n", p.name(), p.channels().size(),
                    p.sampleRateHz(), p.lsl().name() + "/" + p.lsl().type(), p.manufacturer(), p.model());
            if (verbose) {
                System.out.println("    " + String.join(" ", p.layout().labels()));
            }
        }
        return 0;
    }
}
