package org.attend.experiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A public dataset Attend can fetch: where it lives, its licence and citation, and the official SHA-256 of
 * every file (shipped as a resource, so that nothing fetched is trusted unchecked).
 *
 * @param name        name on the command line and folder in the cache
 * @param description one line on what it holds
 * @param baseUri     the folder the files are fetched from (ends with {@code /})
 * @param licence     licence and citation to give when using it
 * @param sha256      official SHA-256 (hex) by path relative to {@code baseUri}, in list order
 */
public record RemoteDataset(String name, String description, URI baseUri, String licence,
                            Map<String, String> sha256) {

    public RemoteDataset {
        sha256 = Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    /** Subjects of eegmmidb. */
    public static final int EEGMMIDB_SUBJECTS = 109;
    /** Runs of each eegmmidb subject. */
    public static final int EEGMMIDB_RUNS = 14;

    /** The PhysioNet EEG Motor Movement/Imagery Dataset v1.0.0 (read by {@link EegmmidbDataset}). */
    public static RemoteDataset eegmmidb() {
        return new RemoteDataset(EegmmidbDataset.NAME,
                "PhysioNet EEG Motor Movement/Imagery v1.0.0: 109 subjects x 14 runs, 64 ch EEG at 160 Hz, EDF+",
                URI.create("https://physionet.org/files/eegmmidb/1.0.0/"),
                "ODC-By 1.0; cite Schalk et al., IEEE TBME 51(6):1034-1043, 2004 and Goldberger et al., "
                        + "Circulation 101(23):e215-e220, 2000",
                checksums("eegmmidb-sha256.txt"));
    }

    /** Every dataset Attend can fetch. */
    public static List<RemoteDataset> all() {
        return List.of(eegmmidb());
    }

    /** The dataset by name. */
    public static RemoteDataset named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown dataset '" + name + "' (available: "
                        + String.join(", ", all().stream().map(RemoteDataset::name).toList()) + ")"));
    }

    /**
     * The eegmmidb files of these subjects and runs, e.g. {@code S001/S001R04.edf}.
     *
     * @throws IllegalArgumentException for a subject outside 1..109 or a run outside 1..14
     */
    public List<String> eegmmidbFiles(List<Integer> subjects, List<Integer> runs) {
        List<String> out = new ArrayList<>();
        for (int s : subjects) {
            if (s < 1 || s > EEGMMIDB_SUBJECTS) {
                throw new IllegalArgumentException("subject " + s + " is not in eegmmidb (1-" + EEGMMIDB_SUBJECTS + ")");
            }
            for (int r : runs) {
                if (r < 1 || r > EEGMMIDB_RUNS) {
                    throw new IllegalArgumentException("run " + r + " is not in eegmmidb (1-" + EEGMMIDB_RUNS + ")");
                }
                String file = String.format(Locale.ROOT, "S%03d/S%03dR%02d.edf", s, s, r);
                if (!sha256.containsKey(file)) {
                    throw new IllegalArgumentException(file + " has no official checksum in the list shipped");
                }
                out.add(file);
            }
        }
        return out;
    }

    /**
     * Numbers and ranges such as {@code 1-12} or {@code 3,4,7-8}.
     *
     * @throws IllegalArgumentException naming the part that is neither
     */
    public static List<Integer> numbers(String text, String what) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            if (p.matches("\\d{1,4}")) {
                out.add(Integer.parseInt(p));
            } else if (p.matches("\\d{1,4}-\\d{1,4}")) {
                int from = Integer.parseInt(p.substring(0, p.indexOf('-')));
                int to = Integer.parseInt(p.substring(p.indexOf('-') + 1));
                if (to < from) {
                    throw new IllegalArgumentException(what + " range '" + p + "' ends before it starts");
                }
                for (int i = from; i <= to; i++) {
                    out.add(i);
                }
            } else {
                throw new IllegalArgumentException(what + " '" + text + "': '" + p
                        + "' is neither a number nor a range a-b");
            }
        }
        return out;
    }

    private static Map<String, String> checksums(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = RemoteDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split("\\s+");
                    out.put(f[0], f[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
