package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attend.nn.NnEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NnCommandsTest {

    @Test
    void deviceGpuWithoutAGpuIsOneClearLineAndAUsageExit(@TempDir Path dir) {
        assumeTrue(NnEngine.get().getGpuCount() == 0, "this machine has a GPU");
        StringWriter err = new StringWriter();
        CommandLine cli = AttendCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("train", "--data", dir.toString(), "--out", dir.resolve("m").toString(),
                "--device", "gpu");
        assertEquals(2, code);
        assertEquals("attend train: --device gpu: no usable CUDA GPU (PyTorch sees 0 GPUs). Build with 'mvn "
                + "-Pcuda package' for the CUDA native library, check the NVIDIA driver (nvidia-smi), or use "
                + "--device cpu|auto", err.toString().trim());
    }

    @Test
    void modelsListsEachModelFolderFromItsCard(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("ts-fixture");
        Files.createDirectories(model);
        Files.copy(Path.of("src/test/resources/decode/torchscript/model.json"), model.resolve("model.json"));
        Files.createDirectories(dir.resolve("not-a-model"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, AttendCommand.commandLine().execute("models", "--dir", dir.toString()));
        } finally {
            System.setOut(before);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches("ts-fixture\\s+torchscript\\s+left,right\\s+8\\s+128\\s+2\\.00\\s*"), lines[1]);
    }
}
