package org.attend.decode;

import java.util.Set;
import org.attend.nn.DeviceChoice;
import org.attend.nn.NnEngine;

/**
 * Where a neural decoder runs: options of a machine, not of a model, so never written into a model card.
 *
 * @param device   {@code cpu} (default), {@code gpu} or {@code auto}
 * @param threads  intra-op threads of the engine (read once, when it starts)
 * @param progress whether training shows a progress bar on stderr
 */
public record NnRuntime(DeviceChoice device, int threads, boolean progress) {

    /** The option keys of a runtime. */
    public static final Set<String> KEYS = Set.of("device", "threads", "progress");

    /**
     * From options {@code device} (default cpu), {@code threads} (default {@value NnEngine#DEFAULT_THREADS}) and
     * {@code progress} (default false).
     */
    public static NnRuntime fromOptions(DecoderOptions options) {
        return new NnRuntime(DeviceChoice.parse(options.string("device", "cpu")),
                options.integer("threads", NnEngine.DEFAULT_THREADS), options.bool("progress", false));
    }

    /** Starts the engine with these threads (a no-op once it runs). */
    public void start() {
        NnEngine.start(threads);
    }
}
