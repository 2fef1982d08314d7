package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.attend.decode.Decoder;
import org.attend.decode.DecoderOptions;
import org.attend.decode.Decoders;
import org.attend.decode.InputContract;
import org.attend.decode.LabeledEpochs;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on loopback: a master and one worker (one core) started from Spark's own
 * classes in their own JVMs; an evaluation submitted to {@code spark://127.0.0.1:PORT} runs in the worker's
 * executor JVM and gives the local engine's results, for classical decoders, a network trained in every split, and
 * trained models tested ({@code model:}) or fine-tuned ({@code finetune:}) whose folders travel to the executor as
 * bytes.
 */
class StandaloneClusterTest {

    private static final String LOOPBACK = "127.0.0.1";

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS) // a guard against a hang: about a minute on an idle machine
    void anEvaluationOnAStandaloneClusterEqualsTheLocalRun(@TempDir Path dir) throws Exception {
        // the daemons' logs stay in target/ for a look after a failure
        Path logs = Path.of(System.getProperty("attend.home", "."), "target", "standalone-cluster-test");
        Files.createDirectories(logs);
        SyntheticImagery data = new SyntheticImagery(3);
        Evaluation evaluation = new Evaluation(SyntheticImagery.epocher(), getClass().getClassLoader());
        Path csp = trained(dir.resolve("models/csp"), data, "csp-lda", DecoderOptions.none());
        Path net = trained(dir.resolve("models/net"), data, "attend", DecoderOptions.parse(List.of("net=fbnet", "ensemble=1",
                "epochs=3", "finetune-epochs=2", "segments=1")));
        List<String> decoders = List.of("csp-lda", "ts-lr", "attend[net=fbnet,epochs=2,segments=1,ensemble=1]", "model:" + csp,
                "finetune:" + net);
        Evaluation.Outcome local = evaluation.run(new Evaluation.Plan(data, Paradigm.named(Paradigm.LEFT_RIGHT),
                data.subjects(), new WithinSession(3), decoders, dir.resolve("local"), 2, 9));

        int masterPort = freePort();
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(logs.resolve("master.log"), "org.apache.spark.deploy.master.Master", "--host", LOOPBACK,
                    "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())));
            awaitListening(masterPort, cluster.get(0), logs.resolve("master.log"));
            String master = "spark://" + LOOPBACK + ":" + masterPort;
            cluster.add(start(logs.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker", "--host", LOOPBACK,
                    "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                    "--cores", "1", "--memory", "1g", "--work-dir", logs.resolve("work").toString(), master));
            Map<String, String> small = Map.of("spark.executor.memory", "512m", "spark.cores.max", "1",
                    "spark.executor.cores", "1");
            Path out = dir.resolve("cluster");
            Evaluation.Outcome remote;
            try (CellEngine engine = SparkEngines.open(SparkTestSupport.settings(master, small))) {
                remote = evaluation.run(new Evaluation.Plan(data, Paradigm.named(Paradigm.LEFT_RIGHT),
                        data.subjects(), new WithinSession(3), decoders, out, 1, 9), engine);
            }
            SparkTestSupport.assertSameCells(local.cells(), remote.cells());
            SparkTestSupport.assertSameTables(dir.resolve("local"), out);
            try (var files = Files.walk(logs.resolve("work"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("stderr")),
                        "the cells ran in an executor the worker started");
            }
            assertEquals(15, remote.cells().size());
        } finally {
            for (int i = cluster.size() - 1; i >= 0; i--) {
                Process p = cluster.get(i);
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    /** A decoder of {@code kind} trained on subject 1's trials, saved to {@code folder}, which is returned. */
    private static Path trained(Path folder, SyntheticImagery data, String kind, DecoderOptions options)
            throws IOException {
        InputContract contract = new InputContract(SyntheticImagery.CHANNELS, SyntheticImagery.RATE, 3, 8, 32,
                Paradigm.named(Paradigm.LEFT_RIGHT).classes());
        LabeledEpochs train = SyntheticImagery.epocher().withChain(contract.preprocessing()).epochs(data, "1",
                Epocher.paradigmFor(Paradigm.named(Paradigm.LEFT_RIGHT), contract)).epochs();
        try (Decoder d = Decoders.create(kind, contract, options)) {
            d.fit(train);
            d.save(folder);
        }
        return folder;
    }

    /** A Spark daemon in its own JVM, on loopback, with the test's class path (Spark and Attend). */
    private static Process start(Path log, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", SparkTestSupport.classPath()));
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.add("-Dspark.master.rest.enabled=false");
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the worker launches executors from SPARK_HOME/jars (the build's Spark jars); everything binds loopback
        builder.environment().put("SPARK_HOME", SparkTestSupport.SPARK_JARS.getParent().toString());
        builder.environment().put("SPARK_LOCAL_IP", LOOPBACK);
        // the launcher otherwise infers it from a Spark source tree
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("ATTEND_LOG_LEVEL", "INFO");
        return builder.start();
    }

    private static void awaitListening(int port, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300); // seconds when idle, minutes when loaded
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(LOOPBACK, port), 500);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Spark master exited: " + Files.readString(log));
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on " + port + ": " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return s.getLocalPort();
        }
    }
}
