package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

class NnEngineTest {

    @Test
    void engineStartsOfflineFromTheMavenJars() {
        NnEngine.ensureOffline();
        assertEquals("true", System.getProperty("ai.djl.offline"));
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        Engine engine = NnEngine.get();
        assertEquals("PyTorch", engine.getEngineName());
        assertEquals("2.5.1", engine.getVersion());
        try (NDManager manager = engine.newBaseManager(Device.cpu())) {
            assertEquals(6f, manager.create(new float[] {1, 2, 3}).sum().getFloat());
        }
    }

    /**
     * Issue 23: every neural command printed libtorch's {@code Could not initialize NNPACK!} (a c10 warning on
     * stderr); once the engine runs, libtorch logs errors only.
     */
    @Test
    void libtorchsOwnLogIsHeldToErrors() {
        assumeTrue(System.getenv(LibtorchLog.ENV) == null, LibtorchLog.ENV + " is set: it decides");
        assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/maps")), "Linux only");
        NnEngine.get();
        assertEquals(java.util.Optional.of(LibtorchLog.ERROR), LibtorchLog.level(),
                "c10's level after the engine started (1, warnings, is libtorch's default)");
    }

    @Test
    void switchingOfflineModeOffIsRefused() {
        String before = System.getProperty("ai.djl.offline");
        System.setProperty("ai.djl.offline", "false");
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, NnEngine::ensureOffline);
            assertTrue(e.getMessage().contains("offline"), e.getMessage());
        } finally {
            System.setProperty("ai.djl.offline", before == null ? "true" : before);
        }
    }

    @Test
    void gpuWithoutAGpuIsAClearErrorAndAutoFallsBackToTheCpu() {
        NoGpuException e = assertThrows(NoGpuException.class, () -> DeviceChoice.GPU.resolve(0));
        assertTrue(e.getMessage().startsWith("--device gpu: no usable CUDA GPU"), e.getMessage());
        assertEquals(Device.cpu(), DeviceChoice.AUTO.resolve(0));
        assertEquals(Device.gpu(0), DeviceChoice.AUTO.resolve(1));
        assertEquals(Device.gpu(0), DeviceChoice.GPU.resolve(2));
        assertEquals(Device.cpu(), DeviceChoice.CPU.resolve(1));
    }

    @Test
    void onThisMachineWithoutAGpuTheEngineRefusesGpu() {
        assumeTrue(NnEngine.get().getGpuCount() == 0, "a GPU is present");
        assertThrows(NoGpuException.class, () -> NnEngine.device(DeviceChoice.GPU));
        assertEquals(Device.cpu(), NnEngine.device(DeviceChoice.AUTO));
    }

    @Test
    void deviceNamesParseIgnoringCase() {
        assertEquals(DeviceChoice.AUTO, DeviceChoice.parse("Auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("tpu"));
        assertEquals("--device must be cpu, gpu or auto, got 'tpu'", e.getMessage());
    }
}
