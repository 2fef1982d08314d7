package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
            assertEquals(0, AttendCommand.commandLine().execute("models", "--models", dir.toString()));
        } finally {
            System.setOut(before);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches("ts-fixture\\s+torchscript\\s+left,right\\s+8\\s+128\\s+2\\.00\\s+n/a\\s*"),
                lines[1]);
    }

    /** Issue 23: {@code accuracy NaN}, and metrics in another order on every row. */
    @Test
    void modelsShowTheSameColumnsInTheSameOrderAndNoNaN(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode card = (ObjectNode) json.readTree(Path.of("src/test/resources/decode/torchscript/model.json")
                .toFile());
        for (String name : List.of("a", "b")) {
            ObjectNode metrics = card.putObject("metrics");
            if (name.equals("a")) {
                metrics.put("validationAccuracy", Double.NaN);
                metrics.put("zeta", 1.5);
                metrics.put("alpha", 2);
            } else {
                metrics.put("alpha", 3);
                metrics.put("zeta", 0.25);
                metrics.put("validationAccuracy", 0.8125);
            }
            Files.createDirectories(dir.resolve(name));
            json.writeValue(dir.resolve(name).resolve("model.json").toFile(), card); // NaN as "NaN"
        }
        CliTestSupport.Result r = CliTestSupport.run("models", "--models", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches(".*window s\\s+accuracy\\s+other metrics"), lines.get(0));
        assertTrue(lines.get(1).matches("a\\s.*2\\.00\\s+n/a\\s+alpha=2 zeta=1\\.500"), lines.get(1));
        assertTrue(lines.get(2).matches("b\\s.*2\\.00\\s+0\\.813\\s+alpha=3 zeta=0\\.250"), lines.get(2));
        assertFalse(r.out().contains("NaN"), r.out());
    }
}
