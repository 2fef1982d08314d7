package org.attend.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The headset profiles of a {@code devices/} folder, one JSON file each. */
public final class DeviceProfiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<DeviceProfile> profiles;

    private DeviceProfiles(List<DeviceProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /**
     * Reads every {@code *.json} profile in {@code dir}.
     *
     * @throws IOException naming the folder when it is missing, or the file that is not a valid profile
     */
    public static DeviceProfiles load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no device profiles: " + dir + " is not a folder");
        }
        List<DeviceProfile> profiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                profiles.add(read(file));
            }
        }
        profiles.sort(Comparator.comparing(DeviceProfile::name));
        return new DeviceProfiles(profiles);
    }

    static DeviceProfile read(Path file) throws IOException {
        DeviceProfile p;
        try {
            p = JSON.readValue(file.toFile(), DeviceProfile.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a valid device profile: " + e.getOriginalMessage(), e);
        }
        if (p.name() == null || p.channels() == null || p.channels().isEmpty() || !(p.sampleRateHz() > 0)) {
            throw new IOException(file + ": a device profile needs a name, channels and a positive sampleRateHz");
        }
        return p;
    }

    public List<DeviceProfile> all() {
        return profiles;
    }

    /**
     * The profile of a live stream: one whose LSL name starts the stream's name with as many channels, else
     * one whose channel labels are the stream's (in any order).
     */
    public java.util.Optional<DeviceProfile> match(org.attend.stream.StreamInfo stream) {
        String name = stream.name().toLowerCase(java.util.Locale.ROOT);
        java.util.Optional<DeviceProfile> byName = profiles.stream()
                .filter(p -> p.lsl() != null && name.startsWith(p.lsl().name().toLowerCase(java.util.Locale.ROOT)))
                .filter(p -> p.channels().size() == stream.channelCount())
                .findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        java.util.Set<String> labels = stream.channels().normalisedIndex().keySet();
        return profiles.stream().filter(p -> p.layout().normalisedIndex().keySet().equals(labels)).findFirst();
    }

    /** The profile called {@code name}. */
    public DeviceProfile get(String name) {
        return profiles.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown device '" + name + "' (known: "
                        + String.join(", ", profiles.stream().map(DeviceProfile::name).toList()) + ")"));
    }
}
