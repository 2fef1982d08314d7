package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/validation/attendnet_torch.py}, which {@code attend bench nn} times against DJL, builds the same
 * network: for the shipped shape and a small 3-class one it has exactly as many trained weights as
 * {@link AttendNet}. Needs Debian's python3-torch; skipped with the reason where it is missing.
 */
class PytorchScriptParityTest {

    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void pytorchScriptBuildsTheSameNetwork(@TempDir Path dir) throws Exception {
        assumeTrue(torchAvailable(), PYTHON + " with torch is not installed (Debian python3-torch)");
        Files.write(dir.resolve("x.f32"), new byte[0]);
        Files.write(dir.resolve("y.i32"), new byte[0]);
        for (AttendNet net : List.of((AttendNet) AttendNetTest.build(21, 2, 480, 160, 32),
                (AttendNet) AttendNetTest.build(8, 3, 256, 128, 40))) {
            AttendNetConfig config = net.config();
            long djl;
            try (NetModel model = NetModel.create(net, Device.cpu(), 1)) {
                djl = model.trainableParameterCount();
            }
            assertEquals(djl, torchParameters(config, dir), config.toString());
        }
    }

    private static long torchParameters(AttendNetConfig c, Path dir) throws Exception {
        List<String> kernels = new ArrayList<>();
        for (int i = 0; i < c.kernelSeconds().size(); i++) {
            kernels.add(String.valueOf(c.kernelSamples(i)));
        }
        Process p = new ProcessBuilder(PYTHON, "docs/validation/attendnet_torch.py", "--data", dir.toString(),
                "--channels", String.valueOf(c.channels()), "--samples", String.valueOf(c.samples()),
                "--classes", String.valueOf(c.classes()), "--decimation", String.valueOf(c.decimation()),
                "--kernels", String.join(",", kernels), "--separable", String.valueOf(c.separableSamples()),
                "--epochs", "0").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(true, p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), out);
        String json = out.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode node = new ObjectMapper().readTree(json);
        return node.get("parameters").asLong();
    }

    private static boolean torchAvailable() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import torch, numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
