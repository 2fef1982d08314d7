package org.attend.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where fetched datasets live: the folder named by {@code ATTEND_DATA}, else {@code ~/.attend/data}; each
 * dataset in a folder of its name laid out as its source has it (eegmmidb: {@code eegmmidb/S001/S001R04.edf}).
 */
public final class DataCache {

    /** The environment variable naming the cache folder. */
    public static final String ENV = "ATTEND_DATA";

    private DataCache() {
    }

    /** The cache folder of this process. */
    public static Path root() {
        return root(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The cache folder given the environment and the home folder. */
    static Path root(Map<String, String> env, Path home) {
        String dir = env.get(ENV);
        return dir == null || dir.isBlank() ? home.resolve(".attend").resolve("data") : Path.of(dir);
    }

    /** The folder of a dataset in the cache, whether or not it was fetched. */
    public static Path folder(String dataset) {
        return root().resolve(dataset);
    }

    /** The folder of a dataset in the cache if it was fetched (it exists). */
    public static Optional<Path> fetched(String dataset) {
        Path p = folder(dataset);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
