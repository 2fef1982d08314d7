package org.attend.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An evaluation's output folder, owned by the evaluations that write it. A folder holding an earlier evaluation
 * (its mark file, or the {@code cells/} of a version before the mark) is taken again: the tables, report and charts
 * its last run wrote are removed first, so none is left stale, and the stored cells and subjects stay, so the run
 * resumes. A folder with anything else in it is refused unless forced, as its files could be mixed with or
 * overwritten by the evaluation's.
 */
public final class EvaluationFolder {

    /** The mark of an evaluation's folder: the files its last run wrote beside the stored cells, one a line. */
    public static final String MARK = ".attend-evaluation";
    /** Files of an evaluation before the mark existed, removed when such a folder is taken again. */
    static final List<String> UNMARKED_OUTPUTS = List.of("results.csv", "summary.csv", "folds.csv", "report.html");
    /** Folders of stored work that a rerun resumes from ({@link ResumeStore}): never removed. */
    static final Set<String> STORES = Set.of("cells", "subjects");

    private final Path dir;
    private final Set<String> before;

    private EvaluationFolder(Path dir, Set<String> before) {
        this.dir = dir;
        this.before = before;
    }

    /**
     * Takes {@code dir} for an evaluation, creating it when it does not exist.
     *
     * @param option the option that named it, for the message
     * @param force  whether a folder with files of something else may be written into (its files are kept)
     * @throws IllegalArgumentException when {@code dir} holds files but no evaluation and {@code force} is false
     */
    public static EvaluationFolder take(String option, Path dir, boolean force) throws IOException {
        check(option, dir, force);
        List<String> previous = previousOutputs(dir);
        if (previous != null) {
            for (String name : previous) {
                // only plain names of files beside the mark: a damaged mark cannot reach outside the folder
                if (!name.isBlank() && !name.contains("/") && !name.contains("\\") && !name.equals("..")
                        && !STORES.contains(name)) {
                    Files.deleteIfExists(dir.resolve(name));
                }
            }
        }
        Files.createDirectories(dir);
        // marked at once: a run stopped half-way leaves a folder that the next run takes again
        Files.writeString(dir.resolve(MARK), "", StandardCharsets.UTF_8);
        return new EvaluationFolder(dir, entries(dir));
    }

    /**
     * Checks, before any work, that {@code dir} may be taken: it does not exist, is empty, holds an earlier
     * evaluation, or {@code force} is given.
     *
     * @throws IllegalArgumentException when it may not, naming a few of its files
     */
    public static void check(String option, Path dir, boolean force) throws IOException {
        if (force || !Files.isDirectory(dir) || previousOutputs(dir) != null) {
            return;
        }
        Set<String> entries = entries(dir);
        if (!entries.isEmpty()) {
            throw new IllegalArgumentException(option + " " + dir + " is not empty and holds no earlier evaluation ("
                    + String.join(", ", entries.stream().sorted().limit(3).toList()) + (entries.size() > 3 ? ", …" : "")
                    + "): name a new or empty folder, or give --force to write into it (its files are kept, "
                    + "same-named ones overwritten)");
        }
    }

    /** What the last evaluation in {@code dir} wrote beside its stored cells; null when it holds none. */
    private static List<String> previousOutputs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        Path mark = dir.resolve(MARK);
        return Files.isRegularFile(mark) ? Files.readAllLines(mark, StandardCharsets.UTF_8)
                : Files.isDirectory(dir.resolve("cells")) ? UNMARKED_OUTPUTS : null;
    }

    /** Marks the files this run wrote beside the stored cells, for the next run to remove. */
    public void finish() throws IOException {
        Set<String> written = entries(dir).stream()
                .filter(n -> !before.contains(n) && !n.equals(MARK) && !STORES.contains(n)
                        && Files.isRegularFile(dir.resolve(n)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Files.writeString(dir.resolve(MARK), written.stream().map(n -> n + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8);
    }

    private static Set<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
