package org.attend.cli;

import ai.djl.Device;
import org.attend.nn.DeviceChoice;
import org.attend.nn.NnEngine;
import picocli.CommandLine.Option;

/** {@code --device} and {@code --threads} of the commands that run the neural network (a picocli mixin). */
public final class NnRuntimeOptions {

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or auto (default ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--threads", defaultValue = "1", description = "intra-op threads (default ${DEFAULT-VALUE})")
    int threads;

    /** The parsed device choice. */
    DeviceChoice choice() {
        return DeviceChoice.parse(device);
    }

    /**
     * Starts the engine offline with the chosen thread count and resolves the device, so that a GPU that is
     * not there fails before any long work.
     */
    Device start() {
        NnEngine.ensureOffline();
        NnEngine.start(threads);
        return NnEngine.device(choice());
    }
}
