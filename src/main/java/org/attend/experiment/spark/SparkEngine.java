package org.attend.experiment.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import org.apache.spark.util.Utils;
import org.attend.experiment.CellEngine;
import org.attend.experiment.CellResult;
import org.attend.experiment.CellSink;
import org.attend.experiment.CellTask;
import org.attend.experiment.EpochSource;
import org.attend.experiment.SparkSettings;
import org.attend.experiment.SubjectEpochs;
import org.attend.experiment.Sweep;
import org.attend.experiment.DecoderSpec;
import org.attend.decode.InputContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Runs the cells of an evaluation as the tasks of one Spark job, one cell per partition. The driver reads every
 * subject's trials once and broadcasts them (so workers need no access to the data); each task evaluates its cell
 * with {@link Sweep#evaluate}, exactly as the local engine does, and each result is handed to the sink on the
 * driver as soon as its task finishes, so a killed sweep keeps its finished cells. Loaded only through
 * {@code SparkEngines}, in a class loader that sees Spark.
 */
public final class SparkEngine implements CellEngine {

    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

    /** Where the driver listens unless {@code spark.driver.host} says otherwise: loopback only. */
    private static final String LOOPBACK = "127.0.0.1";

    private final String master;
    private final JavaSparkContext context;

    /** Starts a Spark context on {@code settings.master()}. */
    public SparkEngine(SparkSettings settings) {
        this.master = settings.master();
        // Spark's launcher passes these to the JVMs it starts; this JVM is already running, so set them here
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        // the host this process gives Spark, instead of the first non-loopback interface Spark would look up
        // (set before SparkConf, whose defaults read it)
        Utils.setCustomHostname(settings.conf().getOrDefault("spark.driver.host", LOOPBACK));
        SparkConf conf = new SparkConf(false).setMaster(settings.master()).setAppName("attend evaluate")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                .set("spark.driver.host", LOOPBACK)
                .set("spark.driver.bindAddress", LOOPBACK)
                .set("spark.executor.extraClassPath", settings.executorClassPath());
        settings.conf().forEach(conf::set);
        if (!settings.plugins().isEmpty()) {
            conf.set("spark.jars", String.join(",", settings.plugins().stream().map(Path::toString).toList()));
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // local-mode executors and task deserialisation use the context loader: it must see this package and Spark
        thread.setContextClassLoader(SparkEngine.class.getClassLoader());
        try {
            this.context = new JavaSparkContext(conf);
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info("Spark {} context on {}", context.version(), master);
    }

    @Override
    public String describe() {
        return "spark (master " + master + ")";
    }

    @Override
    public void run(Sweep sweep, List<CellTask> cells, EpochSource epochs, CellSink done) throws IOException {
        Set<String> needed = new LinkedHashSet<>();
        cells.forEach(c -> needed.addAll(sweep.needs(c.subject())));
        // trained models travel as bytes, and the trials they need are cut through their contracts on the driver
        Sweep shipping = sweep.withShippedModels(SparkEngine.class.getClassLoader());
        Set<InputContract> contracts = new LinkedHashSet<>();
        for (DecoderSpec spec : sweep.specs(SparkEngine.class.getClassLoader())) {
            InputContract contract = spec.trainedContract();
            if (contract != null) {
                contracts.add(contract);
            }
        }
        Map<String, SubjectEpochs> read = read(List.copyOf(needed), contracts, epochs);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Spark finds its codecs and serialisers through the context loader
        thread.setContextClassLoader(SparkEngine.class.getClassLoader());
        Map<String, Broadcast<SubjectEpochs>> shipped = new HashMap<>();
        try {
            read.forEach((subject, trials) -> shipped.put(subject, context.broadcast(trials)));
            RDD<CellTask> tasks = context.parallelize(cells, cells.size()).rdd();
            ClassTag<CellResult> tag = ClassTag$.MODULE$.apply(CellResult.class);
            context.sc().runJob(tasks, new EvaluateCell(shipping, shipped), new HandOver(done), tag);
        } catch (Exception e) {
            // Spark's SparkException is checked in Java's eyes but undeclared by Scala
            throw unwrap(e);
        } finally {
            shipped.values().forEach(Broadcast::destroy);
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Reads the subjects on the driver, several at a time: each subject's trials of the paradigm under its id, and
     * those cut through each trained model's contract under {@link EvaluateCell#key}.
     */
    private static Map<String, SubjectEpochs> read(List<String> subjects, Set<InputContract> contracts,
                                                   EpochSource epochs) throws IOException {
        ExecutorService readers = Executors.newFixedThreadPool(
                Math.max(1, Math.min(subjects.size(), Runtime.getRuntime().availableProcessors())));
        try {
            Map<String, Future<SubjectEpochs>> futures = new LinkedHashMap<>();
            for (String s : subjects) {
                futures.put(s, readers.submit(() -> epochs.of(s)));
                for (InputContract contract : contracts) {
                    futures.put(EvaluateCell.key(s, contract), readers.submit(() -> epochs.of(s, contract)));
                }
            }
            Map<String, SubjectEpochs> read = new HashMap<>();
            for (Map.Entry<String, Future<SubjectEpochs>> f : futures.entrySet()) {
                read.put(f.getKey(), f.getValue().get());
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("reading the subjects was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            readers.shutdownNow();
        }
    }

    /**
     * The error a cell raised (bad input, an I/O error storing it) rather than Spark's wrapping of it; a failure
     * of Spark itself keeps its first line.
     */
    private static RuntimeException unwrap(Exception e) throws IOException {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (t instanceof IllegalArgumentException || t instanceof IllegalStateException) {
                return (RuntimeException) t;
            }
        }
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new IllegalStateException("the Spark job failed: " + message, e);
    }

    @Override
    public void close() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SparkEngine.class.getClassLoader());
        try {
            context.stop();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
