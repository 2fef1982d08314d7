package org.attend.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PhysioNet EEG Motor Movement/Imagery dataset laid out as PhysioNet ships it: {@code SNNN/SNNNRkk.edf}.
 * Subjects are numbered {@code 1}, {@code 2}, …; all runs of a subject are one session (as in MOABB), and the
 * paradigm picks the runs.
 */
public final class EegmmidbDataset implements Dataset {

    private static final Logger LOG = LoggerFactory.getLogger(EegmmidbDataset.class);

    /** Dataset name used on the command line. */
    public static final String NAME = "eegmmidb";

    private static final Pattern SUBJECT_DIR = Pattern.compile("S(\\d{3})");

    private final Path root;

    public EegmmidbDataset(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> subjects() throws IOException {
        List<String> subjects = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.map(p -> SUBJECT_DIR.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .forEach(n -> subjects.add(Integer.toString(n)));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(root.toString(), null, "eegmmidb data folder does not exist");
        }
        return subjects;
    }

    @Override
    public List<RunRef> runs(String subject, Paradigm paradigm) throws IOException {
        String s = String.format("S%03d", Integer.parseInt(subject));
        Path dir = root.resolve(s);
        List<RunRef> runs = new ArrayList<>();
        if (paradigm.runs().isEmpty()) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches(s + "R\\d{2}\\.edf"))
                        .sorted()
                        .forEach(n -> runs.add(new RunRef(subject, "0", n.substring(4, 7), dir.resolve(n))));
            }
        } else {
            List<String> missing = new ArrayList<>();
            for (String run : paradigm.runs()) {
                Path file = dir.resolve(s + run + ".edf");
                if (Files.isRegularFile(file)) {
                    runs.add(new RunRef(subject, "0", run, file));
                } else {
                    missing.add(run);
                }
            }
            if (runs.isEmpty()) {
                throw new NoSuchFileException(dir.toString(), null, "subject " + subject + " has none of the runs "
                        + paradigm.runs() + " (paradigm " + paradigm.name() + ")");
            }
            if (!missing.isEmpty()) {
                LOG.warn("subject {}: run(s) {} missing in {}; evaluated on the runs present {}", subject, missing,
                        dir, runs.stream().map(RunRef::run).toList());
            }
        }
        return runs;
    }
}
