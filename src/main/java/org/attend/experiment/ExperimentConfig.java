package org.attend.experiment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation as written in {@code experiment.yaml} or on the command line. Absent values take the
 * defaults of {@link #withDefaults()}; a paradigm's window, band, channels and events may be overridden.
 *
 * @param dataset           {@code eegmmidb} or {@code folder}
 * @param data              dataset folder
 * @param subjects          subject ids; for eegmmidb numbers and ranges ({@code "1-12"}, {@code "1,3,5-7"});
 *                          {@code "all"} for every subject found
 * @param paradigm          built-in paradigm name, or a name for a custom one (with {@code events})
 * @param events            annotation → class, overriding the paradigm's
 * @param runs              run ids, overriding the paradigm's
 * @param tmin              window start after the cue, seconds
 * @param tmax              window end, seconds
 * @param bandLow           band-pass lower edge, Hz
 * @param bandHigh          band-pass upper edge, Hz
 * @param channels          channels to keep
 * @param trialSeconds      seconds per decision for the ITR
 * @param scheme            evaluation scheme name
 * @param folds             k of the within-session k-fold
 * @param calibrationTrials target trials added to training by the transfer scheme
 * @param decoders          decoder names
 * @param out               output folder
 * @param threads           subjects evaluated at once
 * @param seed              seed of every random choice
 * @param plugins           jars with extra decoders (ServiceLoader)
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record ExperimentConfig(String dataset, Path data, String subjects, String paradigm,
                               Map<String, String> events, List<String> runs, Double tmin, Double tmax,
                               Double bandLow, Double bandHigh, List<String> channels, Double trialSeconds,
                               String scheme, Integer folds, Integer calibrationTrials, List<String> decoders,
                               Path out, Integer threads, Long seed, List<Path> plugins) {

    /** Reads a YAML experiment file. */
    public static ExperimentConfig read(Path yaml) throws IOException {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(yaml.toFile(), ExperimentConfig.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(yaml + ": not a valid experiment file: " + e.getOriginalMessage(), e);
        }
    }

    /** This config with each null field taken from {@code other}. */
    public ExperimentConfig orElse(ExperimentConfig other) {
        return new ExperimentConfig(pick(dataset, other.dataset), pick(data, other.data),
                pick(subjects, other.subjects), pick(paradigm, other.paradigm), pick(events, other.events),
                pick(runs, other.runs), pick(tmin, other.tmin), pick(tmax, other.tmax), pick(bandLow, other.bandLow),
                pick(bandHigh, other.bandHigh), pick(channels, other.channels),
                pick(trialSeconds, other.trialSeconds), pick(scheme, other.scheme), pick(folds, other.folds),
                pick(calibrationTrials, other.calibrationTrials), pick(decoders, other.decoders),
                pick(out, other.out), pick(threads, other.threads), pick(seed, other.seed),
                pick(plugins, other.plugins));
    }

    /** The defaults: eegmmidb, all subjects, left-right imagery, within-session 5-fold, csp-lda, seed 42. */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(EegmmidbDataset.NAME, null, "all", Paradigm.LEFT_RIGHT, null, null, null,
                null, null, null, null, null, WithinSession.NAME, 5, 10, List.of("csp-lda"), Path.of("evaluation"),
                Math.max(1, Runtime.getRuntime().availableProcessors()), 42L, List.of());
    }

    /** This config completed by {@link #defaults()}. */
    public ExperimentConfig withDefaults() {
        return orElse(defaults());
    }

    /** The paradigm: the built-in one by name (or a custom one when events are given), with overrides. */
    public Paradigm resolveParadigm() {
        Paradigm base;
        if (events != null && !events.isEmpty()) {
            base = new Paradigm(paradigm, runs, new LinkedHashMap<>(events), 0, 3, 8, 32, List.of(), 0);
        } else {
            base = Paradigm.named(paradigm);
        }
        return new Paradigm(base.name(), runs != null ? base.resolveRuns(runs) : base.runs(), base.events(),
                tmin != null ? tmin : base.tminSeconds(), tmax != null ? tmax : base.tmaxSeconds(),
                bandLow != null ? bandLow : base.bandLowHz(), bandHigh != null ? bandHigh : base.bandHighHz(),
                channels != null ? channels : base.channels(),
                trialSeconds != null ? trialSeconds : base.trialSeconds());
    }

    /** The dataset by name; eegmmidb without a data folder is read from the cache of {@code attend data get}. */
    public Dataset resolveDataset() {
        Path folder = data;
        if (folder == null && EegmmidbDataset.NAME.equals(dataset)) {
            folder = DataCache.fetched(dataset).orElseThrow(() -> new IllegalArgumentException("no data folder "
                    + "given (--data) and none in the cache " + DataCache.folder(dataset) + " (attend data get "
                    + dataset + " --subjects 1-12)"));
        }
        if (folder == null) {
            throw new IllegalArgumentException("no data folder given (--data)");
        }
        return switch (dataset) {
            case EegmmidbDataset.NAME -> new EegmmidbDataset(folder);
            case FolderDataset.NAME -> new FolderDataset(folder);
            default -> throw new IllegalArgumentException("unknown dataset '" + dataset + "' (available: "
                    + EegmmidbDataset.NAME + ", " + FolderDataset.NAME + ")");
        };
    }

    /** Most subjects one range {@code a-b} may name (a dataset of more is not one Attend reads). */
    static final int MAX_SUBJECTS = 100_000;

    /** The subject ids: {@code all}, or a list of ids and numeric ranges {@code a-b}. */
    public List<String> resolveSubjects(Dataset d) throws IOException {
        return resolveSubjects(subjects, d, data != null ? data : DataCache.folder(dataset));
    }

    /**
     * Subject ids of {@code d} from {@code all} or a list of ids and numeric ranges {@code a-b}.
     *
     * @param where the dataset's folder, for the message when a subject is not there
     */
    public static List<String> resolveSubjects(String subjects, Dataset d, Object where) throws IOException {
        List<String> ids = subjectIds(subjects);
        List<String> found = d.subjects();
        if (ids == null) {
            return found;
        }
        List<String> missing = ids.stream().filter(s -> !found.contains(s)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("subjects " + missing + " are not in " + where + " (found " + found
                    + ")");
        }
        return ids;
    }

    /**
     * The subject ids a selection names: {@code all} (null: every subject of the dataset), or a list of ids and
     * numeric ranges {@code a-b} with {@code a <= b}, e.g. {@code 1-12} or {@code 1,3,5-7}. Checked before any
     * data is read.
     *
     * @throws IllegalArgumentException naming the selection or the part of it that names no subject
     */
    public static List<String> subjectIds(String subjects) {
        if ("all".equals(subjects)) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (String part : subjects.split(",")) {
            String p = part.trim();
            if (p.matches("\\d{1,9}-\\d{1,9}")) {
                int from = Integer.parseInt(p.substring(0, p.indexOf('-')));
                int to = Integer.parseInt(p.substring(p.indexOf('-') + 1));
                if (from > to) {
                    throw new IllegalArgumentException("subjects '" + subjects + "': the range " + p + " runs "
                            + "backwards (write " + to + "-" + from + ")");
                }
                if (to - from >= MAX_SUBJECTS) {
                    throw new IllegalArgumentException("subjects '" + subjects + "': the range " + p + " names more "
                            + "than " + MAX_SUBJECTS + " subjects");
                }
                for (int s = from; s <= to; s++) {
                    ids.add(Integer.toString(s));
                }
            } else if (!p.isEmpty()) {
                ids.add(p);
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("subjects '" + subjects + "' names no subject: give ids and ranges "
                    + "such as 1-12 or 1,3,5-7, or all");
        }
        return ids;
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
