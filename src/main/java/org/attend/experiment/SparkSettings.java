package org.attend.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;

/**
 * How to reach Spark for {@code attend evaluate --engine spark}.
 *
 * @param master            Spark master URL: {@code local[N]}, {@code spark://HOST:PORT}, {@code yarn},
 *                          {@code k8s://…}
 * @param sparkJars         folder with Spark's jars ({@code target/spark/jars} of the build), loaded through a
 *                          child class loader
 * @param conf              Spark properties over the engine's defaults (e.g. {@code spark.executor.memory})
 * @param plugins           decoder plugin jars, shipped to the executors
 * @param executorClassPath Attend's own classes and libraries as every worker sees them (a path on each worker);
 *                          becomes {@code spark.executor.extraClassPath} unless {@code conf} sets it
 */
public record SparkSettings(String master, Path sparkJars, Map<String, String> conf, List<Path> plugins,
                            String executorClassPath) {

    public SparkSettings {
        if (master == null || master.isBlank()) {
            throw new IllegalArgumentException("the Spark engine needs a master (--master local[2], "
                    + "spark://HOST:PORT, yarn, k8s://…)");
        }
        conf = Collections.unmodifiableMap(new LinkedHashMap<>(conf));
        plugins = List.copyOf(plugins);
    }
}
