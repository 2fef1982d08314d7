package org.attend.nn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to DJL's PyTorch engine. It makes sure DJL is offline and untracked before any DJL class
 * initialises (DJL otherwise tries to download missing natives and sends telemetry to a cloud metadata
 * address on class load), fixes the intra-op thread count (read once, when the engine starts), holds libtorch's
 * own stderr log to errors ({@link LibtorchLog}: no {@code Could not initialize NNPACK!} line), and turns a
 * device choice into a DJL {@link Device}.
 */
public final class NnEngine {

    /** The engine Attend is built and tested with; its natives come from Maven jars only. */
    public static final String ENGINE_NAME = "PyTorch";
    /** Intra-op threads for live inference: two threads on two busy cores gave 100 ms p99 spikes. */
    public static final int DEFAULT_THREADS = 1;

    private static final Logger LOG = LoggerFactory.getLogger(NnEngine.class);
    private static final String OFFLINE = "ai.djl.offline";
    private static final String TRACKING = "OPT_OUT_TRACKING";
    private static final String THREADS = "ai.djl.pytorch.num_threads";
    private static final String INTEROP_THREADS = "ai.djl.pytorch.num_interop_threads";

    /**
     * Held while seeding the engine's random generator and drawing from it (initial weights, dropout): the
     * generator is the process's, so a seeded draw repeats only when no other thread draws meanwhile.
     */
    static final Object GENERATOR = new Object();

    private static Engine engine;

    private NnEngine() {
    }

    /**
     * Sets DJL's offline and tracking opt-out properties unless already set. Call it first thing in every
     * entry point that may touch DJL; it loads no DJL class.
     *
     * @throws IllegalStateException if offline mode was explicitly switched off
     */
    public static void ensureOffline() {
        String offline = System.getProperty(OFFLINE);
        if (offline != null && !Boolean.parseBoolean(offline)) {
            throw new IllegalStateException(OFFLINE + "=" + offline + ": Attend runs DJL offline only "
                    + "(natives come from Maven jars; nothing may be downloaded)");
        }
        System.setProperty(OFFLINE, "true");
        System.setProperty(TRACKING, "true");
    }

    /**
     * The PyTorch engine, started with {@code threads} intra-op threads on its first call. Later calls
     * return the running engine; a different thread count then only earns a warning, because libtorch
     * reads it once.
     *
     * @throws EngineUnavailableException if the engine cannot start from the jars on the classpath
     */
    public static synchronized Engine start(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        ensureOffline();
        if (engine != null) {
            if (!String.valueOf(threads).equals(System.getProperty(THREADS))) {
                LOG.warn("PyTorch engine already running with {} intra-op threads; {} ignored",
                        System.getProperty(THREADS), threads);
            }
            return engine;
        }
        System.setProperty(THREADS, String.valueOf(threads));
        System.setProperty(INTEROP_THREADS, "1");
        try {
            engine = Engine.getEngine(ENGINE_NAME);
        } catch (RuntimeException | LinkageError e) {
            throw new EngineUnavailableException("DJL " + ENGINE_NAME + " engine failed to load offline: "
                    + e.getMessage() + " (pytorch-native-cpu (linux-x86_64) and the matching pytorch-jni "
                    + "jar must be on the classpath)", e);
        }
        LibtorchLog.holdToErrors();
        LOG.info("DJL {} engine {} started offline, {} intra-op thread(s), {} GPU(s)", ENGINE_NAME,
                engine.getVersion(), threads, engine.getGpuCount());
        return engine;
    }

    /** The running engine, started with {@link #DEFAULT_THREADS} if none runs yet. */
    public static synchronized Engine get() {
        return engine != null ? engine : start(DEFAULT_THREADS);
    }

    /** Intra-op threads the engine runs (or will run) with. */
    public static int threads() {
        return Integer.parseInt(System.getProperty(THREADS, String.valueOf(DEFAULT_THREADS)));
    }

    /** The DJL device for a choice, starting the engine if needed. */
    public static Device device(DeviceChoice choice) {
        return choice.resolve(get().getGpuCount());
    }
}
