package org.attend.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attend.dsp.Sos;

/**
 * The baseline of {@link DspBench} ({@code attend bench dsp --compare}): {@code scipy.signal.sosfilt} over the whole array at once, run
 * by {@code python3} on the very samples the Java benchmark filters (written once to a temporary raw float32 file),
 * timed inside Python so that start-up and file reading are not counted.
 */
final class ScipySosfilt implements AutoCloseable {

    /** The element types scipy filters in, in the order {@link #seconds} returns them. */
    static final String[] DTYPES = {"float32", "float64"};

    private static final long TIMEOUT_MINUTES = 10;

    private final Path folder;
    private final Path script;
    private final Path samples;
    private final int channels;
    private final int length;
    private final String sosJson;
    private String version = "";

    private ScipySosfilt(Path folder, float[][] data, Sos sos) throws IOException {
        this.folder = folder;
        this.script = folder.resolve("bench_sosfilt.py");
        this.samples = folder.resolve("samples.f32");
        this.channels = data.length;
        this.length = data[0].length;
        this.sosJson = Arrays.stream(sos.sections()).map(Arrays::toString)
                .collect(Collectors.joining(",", "[", "]"));
        try (InputStream in = ScipySosfilt.class.getResourceAsStream("bench_sosfilt.py")) {
            if (in == null) {
                throw new IOException("bench_sosfilt.py missing from the Attend jar");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        try (OutputStream out = Files.newOutputStream(samples)) {
            ByteBuffer row = ByteBuffer.allocate(4 * length).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] channel : data) {
                row.clear();
                row.asFloatBuffer().put(channel);
                out.write(row.array());
            }
        }
    }

    /**
     * Prepares the baseline over {@code data} ({@code [channel][sample]}), or throws with the reason it cannot run
     * here (no python3, no scipy).
     */
    static ScipySosfilt open(float[][] data, Sos sos) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("attend-bench-dsp");
        ScipySosfilt baseline;
        try {
            baseline = new ScipySosfilt(folder, data, sos);
        } catch (IOException e) {
            deleteAll(folder);
            throw e;
        }
        try {
            List<String> lines = baseline.run(0);
            baseline.version = lines.isEmpty() ? "scipy" : lines.get(0);
            return baseline;
        } catch (IOException e) {
            baseline.close();
            throw e;
        }
    }

    /** {@code scipy X numpy Y}, as the script reports it. */
    String version() {
        return version;
    }

    /**
     * Seconds of each of {@code repetitions} whole-array {@code sosfilt} calls, first in float32, then in float64:
     * {@code [0]} float32, {@code [1]} float64.
     */
    double[][] seconds(int repetitions) throws IOException, InterruptedException {
        List<String> lines = run(repetitions);
        double[][] seconds = new double[DTYPES.length][repetitions];
        for (int d = 0; d < DTYPES.length; d++) {
            for (int i = 0; i < repetitions; i++) {
                String[] fields = lines.get(1 + d * repetitions + i).split(" ");
                if (!fields[0].equals(DTYPES[d])) {
                    throw new IOException("scipy baseline printed '" + lines.get(1 + d * repetitions + i)
                            + "', expected a " + DTYPES[d] + " timing");
                }
                seconds[d][i] = Double.parseDouble(fields[1]);
            }
        }
        return seconds;
    }

    private List<String> run(int repetitions) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), samples.toString(), Integer.toString(channels),
                    Integer.toString(length), Integer.toString(repetitions), String.join(",", DTYPES), sosJson)
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new IOException("python3 not found (" + e.getMessage() + ")", e);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line.strip());
            }
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("scipy baseline did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0 || lines.size() != 1 + DTYPES.length * repetitions) {
            throw new IOException(error.isEmpty() ? "python3 exited with " + process.exitValue()
                    : error.lines().reduce((a, b) -> b).orElse(error));
        }
        return lines;
    }

    @Override
    public void close() {
        deleteAll(folder);
    }

    private static void deleteAll(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the figures are what matter
        }
    }
}
