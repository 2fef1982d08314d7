package org.attend.nn;

import ai.djl.Device;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where a model runs: {@code --device cpu|gpu|auto}. */
public enum DeviceChoice {
    /** Always the CPU (the default: the live path is sized for it). */
    CPU,
    /** The first CUDA GPU; an error where none is usable. */
    GPU,
    /** The first CUDA GPU when one is usable, else the CPU with a message saying so. */
    AUTO;

    private static final Logger LOG = LoggerFactory.getLogger(DeviceChoice.class);

    /** Parses {@code cpu}, {@code gpu} or {@code auto}, ignoring case. */
    public static DeviceChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--device must be cpu, gpu or auto, got '" + text + "'", e);
        }
    }

    /**
     * The device for this choice on a machine where the engine sees {@code gpuCount} usable GPUs.
     *
     * @throws NoGpuException for {@link #GPU} when {@code gpuCount} is 0
     */
    public Device resolve(int gpuCount) {
        switch (this) {
            case CPU:
                return Device.cpu();
            case GPU:
                if (gpuCount == 0) {
                    throw new NoGpuException();
                }
                return Device.gpu(0);
            default:
                if (gpuCount == 0) {
                    LOG.warn("--device auto: no usable CUDA GPU, running on the CPU");
                    return Device.cpu();
                }
                return Device.gpu(0);
        }
    }
}
