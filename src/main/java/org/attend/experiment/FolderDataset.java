package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A generic folder of recordings: {@code ROOT/<subject>/<run file>} or
 * {@code ROOT/<subject>/<session>/<run file>}. Files of any readable format count as runs (run id: the file
 * name without extension); the paradigm's annotation → class mapping labels them, and its run list, when
 * not empty, keeps the files whose name ends with one of the run ids.
 */
public final class FolderDataset implements Dataset {

    /** Dataset name used on the command line. */
    public static final String NAME = "folder";

    private static final Set<String> EXTENSIONS = Set.of("edf", "bdf", "gdf", "vhdr", "xdf");

    private final Path root;

    public FolderDataset(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> subjects() throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    public List<RunRef> runs(String subject, Paradigm paradigm) throws IOException {
        Path dir = root.resolve(subject);
        if (!Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "no folder for subject " + subject);
        }
        List<RunRef> runs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> files = Files.list(entry)) {
                        files.sorted().forEach(f -> addRun(runs, subject, entry.getFileName().toString(), f, paradigm));
                    }
                } else {
                    addRun(runs, subject, "0", entry, paradigm);
                }
            }
        }
        if (runs.isEmpty()) {
            throw new IOException(dir + ": no recordings (" + String.join(", ", EXTENSIONS) + ") for paradigm "
                    + paradigm.name());
        }
        return runs;
    }

    private static void addRun(List<RunRef> runs, String subject, String session, Path file, Paradigm paradigm) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return;
        }
        String stem = name.substring(0, dot);
        if (paradigm.runs().isEmpty() || paradigm.runs().stream().anyMatch(stem::endsWith)) {
            runs.add(new RunRef(subject, session, stem, file));
        }
    }
}
