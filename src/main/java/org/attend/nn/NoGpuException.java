package org.attend.nn;

/** {@code --device gpu} was asked for where the engine sees no usable CUDA GPU. */
public class NoGpuException extends IllegalArgumentException {

    public NoGpuException() {
        super("--device gpu: no usable CUDA GPU (PyTorch sees 0 GPUs). Build with 'mvn -Pcuda package' for "
                + "the CUDA native library, check the NVIDIA driver (nvidia-smi), or use --device cpu|auto");
    }
}
