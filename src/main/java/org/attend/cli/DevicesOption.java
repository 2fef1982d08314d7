package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.source.DeviceProfiles;
import picocli.CommandLine.Option;

/** {@code --devices DIR}: where the headset profiles are, {@code devices/} of the project by default. */
final class DevicesOption {

    @Option(names = "--devices", paramLabel = "DIR", description = "Folder of device profiles (default: devices/).")
    Path dir;

    DeviceProfiles load() throws IOException {
        return DeviceProfiles.load(dir != null ? dir : AttendHome.resolve("devices"));
    }
}
