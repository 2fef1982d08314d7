package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.source.DeviceProfiles;
import picocli.CommandLine.Option;

/**
 * {@code --profiles DIR}: where the headset profiles are, {@code devices/} of the project by default (not to be
 * confused with {@code --device cpu|gpu}, where a network runs).
 */
final class DevicesOption {

    @Option(names = "--profiles", paramLabel = "DIR", description = "Folder of headset profiles (default: devices/).")
    Path dir;

    DeviceProfiles load() throws IOException {
        return DeviceProfiles.load(dir != null ? dir : AttendHome.resolve("devices"));
    }
}
