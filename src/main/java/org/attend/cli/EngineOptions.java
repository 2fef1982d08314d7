package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.experiment.CellEngine;
import org.attend.experiment.LocalEngine;
import org.attend.experiment.SparkEngines;
import org.attend.experiment.SparkSettings;
import picocli.CommandLine.Option;

/** Where {@code attend evaluate} runs its cells: {@code --engine local|spark} and Spark's settings. */
final class EngineOptions {

    static final String LOCAL = "local";
    static final String SPARK = "spark";

    @Option(names = "--engine", defaultValue = LOCAL, description = "where cells run: local (threads of this "
            + "process, default) or spark (one Spark task per cell; see docs/distributed.md)")
    String engine;

    @Option(names = "--master", description = "Spark master: local[N] (default local[*]), spark://HOST:PORT, yarn, "
            + "k8s://https://HOST:PORT")
    String master;

    @Option(names = "--spark-conf", paramLabel = "KEY=VALUE", description = "a Spark property, e.g. "
            + "spark.executor.memory=2g or spark.driver.host=10.0.0.5 (repeatable)")
    Map<String, String> sparkConf = new LinkedHashMap<>();

    @Option(names = "--spark-jars", paramLabel = "DIR", description = "Spark's jars (default: target/spark/jars "
            + "of the Attend build)")
    Path sparkJars;

    /** The engine these options name; {@code threads} and {@code loader} serve the local one. */
    CellEngine open(int threads, ClassLoader loader, List<Path> plugins) throws IOException {
        switch (engine) {
            case LOCAL -> {
                if (master != null || !sparkConf.isEmpty() || sparkJars != null) {
                    throw new IllegalArgumentException("--master, --spark-conf and --spark-jars need --engine spark");
                }
                return new LocalEngine(threads, loader);
            }
            case SPARK -> {
                Path jars = sparkJars != null ? sparkJars : AttendHome.resolve("target/spark/jars");
                return SparkEngines.open(new SparkSettings(master != null ? master : "local[*]", jars, sparkConf,
                        plugins, System.getProperty("java.class.path")));
            }
            default -> throw new IllegalArgumentException("unknown engine '" + engine + "' (available: " + LOCAL
                    + ", " + SPARK + ")");
        }
    }
}
