package org.attend.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A trained model folder (or a single model file, e.g. TorchScript) as bytes, so that an engine can ship it to
 * workers that cannot read the driver's disk; a worker writes it once into a folder named by its content hash under
 * the temporary directory and loads it from there.
 *
 * @param files file contents by path relative to the folder, {@code /}-separated
 * @param file  the name of the one file when the model is a file, null for a folder
 */
public record ModelBundle(Map<String, byte[]> files, String file) implements Serializable {

    /** The largest model folder that travels, bytes: trained decoders are small; a mistake here is not. */
    static final long MAX_BYTES = 256L << 20;

    public ModelBundle {
        files = new TreeMap<>(files);
    }

    /**
     * Reads a model file, or every regular file under a model folder.
     *
     * @throws IOException when it cannot be read or is larger than {@value #MAX_BYTES} bytes
     */
    public static ModelBundle read(Path model) throws IOException {
        if (Files.isRegularFile(model)) {
            if (Files.size(model) > MAX_BYTES) {
                throw new IOException(model + ": a model over " + (MAX_BYTES >> 20) + " MB does not travel to workers");
            }
            String name = model.getFileName().toString();
            return new ModelBundle(Map.of(name, Files.readAllBytes(model)), name);
        }
        Path folder = model;
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                total += Files.size(f);
                if (total > MAX_BYTES) {
                    throw new IOException(folder + ": a model folder over " + (MAX_BYTES >> 20) + " MB does not "
                            + "travel to workers");
                }
                files.put(folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"),
                        Files.readAllBytes(f));
            }
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": no model files");
        }
        return new ModelBundle(files, null);
    }

    /** The model on this machine: its folder (or file), written on the first call, reused after. */
    public Path local() {
        Path dir = materialize();
        return file == null ? dir : dir.resolve(file);
    }

    private synchronized Path materialize() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "attend-models", hash());
            if (!Files.isDirectory(dir)) {
                Path tmp = Files.createTempDirectory(Files.createDirectories(dir.getParent()), "partial");
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    Path f = tmp.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.write(f, e.getValue());
                }
                try {
                    Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException raced) {
                    if (!Files.isDirectory(dir)) {
                        throw raced;
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a shipped model folder: " + e.getMessage(), e);
        }
    }

    private String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
