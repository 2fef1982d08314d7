package org.attend.experiment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finished pieces of an evaluation stored as JSON under the output folder
 * ({@code cells/<scheme>/<decoder>/subject-<id>.json}, {@code subjects/subject-<id>.json}), so that a resumed
 * evaluation skips them. Each is written to a temporary file and moved into place, so an interrupted run
 * never leaves half a file; a file computed with another key, or damaged, is recomputed.
 */
public final class ResumeStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path out;

    public ResumeStore(Path outDir) {
        this.out = outDir;
    }

    /** Where a cell lives. */
    public static String cellPath(String scheme, DecoderSpec decoder, String subject) {
        return "cells/" + scheme + "/" + decoder.fileLabel() + "/subject-" + subject + ".json";
    }

    /** Where a subject summary lives. */
    public static String subjectPath(String subject) {
        return "subjects/subject-" + subject + ".json";
    }

    /** The stored value at {@code relative}, if it exists and its key is {@code key}. */
    public <T> Optional<T> find(String relative, Class<T> type, Function<T, String> keyOf, String key)
            throws IOException {
        Path f = out.resolve(relative);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            T value = JSON.readValue(f.toFile(), type);
            return key.equals(keyOf.apply(value)) ? Optional.of(value) : Optional.empty();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            return Optional.empty();
        }
    }

    /** Stores a finished value at {@code relative}. */
    public void put(String relative, Object value) throws IOException {
        Path f = out.resolve(relative);
        Files.createDirectories(f.getParent());
        Path tmp = f.resolveSibling(f.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), value);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
