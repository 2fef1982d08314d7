package org.attend.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attend.lsl.LslConfig;

/**
 * Where tests find their files. Small files whose licence allows it live in the repository
 * ({@code src/test/resources/data/}, the same relative paths as the corpus, and {@code recordings/}); the rest
 * of the external conformance corpus (GPL/LGPL GDFs, files of unstated licence, the eegmmidb subjects) is read
 * from the folder named by {@code -Dattend.data=DIR} or the {@code ATTEND_DATA} environment variable. When
 * neither names one, a test that needs the corpus is skipped with a reason starting {@link #SKIP_PREFIX}
 * (as MNE-Python skips tests whose testing data is absent); when one is named but lacks the file, the test
 * fails. {@code .ci/run} fails when any test was skipped with that prefix.
 */
public final class TestFiles {

    /** The first words of the reason of every test skipped for want of the corpus. */
    public static final String SKIP_PREFIX = "corpus data not available";

    private static final Pattern EEGMMIDB_S001 = Pattern.compile("eegmmidb/S001/(S001R(04|08|12)\\.edf)");

    private TestFiles() {
    }

    /**
     * A corpus file by its path relative to the corpus root: the repository's copy when it has one, else the
     * corpus file (the test is skipped when no corpus is configured).
     */
    public static Path file(String relative) {
        return inRepository(relative).orElseGet(() -> corpus(relative));
    }

    /** A file or folder of the external corpus only; skips the test when no corpus is configured. */
    public static Path corpus(String relative) {
        Path root = corpusRoot().orElse(null);
        assumeTrue(root != null, () -> SKIP_PREFIX + ": " + relative + " is not in the repository; set "
                + "-Dattend.data=DIR or ATTEND_DATA to the corpus (see README, Tests)");
        Path p = root.resolve(relative);
        assertTrue(Files.exists(p), () -> "the corpus at " + root + " lacks " + relative);
        return p;
    }

    /** The configured corpus root: {@code attend.data}, else {@code ATTEND_DATA}, else empty. */
    public static Optional<Path> corpusRoot() {
        String dir = System.getProperty("attend.data");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv("ATTEND_DATA");
        }
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir).toAbsolutePath());
    }

    /** The repository's copy of a corpus file, if it ships one. */
    public static Optional<Path> inRepository(String relative) {
        Matcher m = EEGMMIDB_S001.matcher(relative);
        if (m.matches()) {
            return Optional.of(home().resolve("recordings").resolve("eegmmidb").resolve(m.group(1)));
        }
        return resource("/data/" + relative);
    }

    /** The project folder ({@code attend.home}, as Surefire sets it, else the working directory). */
    public static Path home() {
        return Path.of(System.getProperty("attend.home", ".")).toAbsolutePath().normalize();
    }

    /** A file of the LSL lab copied into the test resources ({@code lsl/}: config, peers, captures). */
    public static Path lsl(String relative) {
        return resource("/lsl/" + relative)
                .orElseThrow(() -> new IllegalStateException("missing test resource lsl/" + relative));
    }

    /** The loopback LSL configuration (machine scope, KnownPeers 127.0.0.1, IPv6 off) that Surefire names too. */
    public static LslConfig loopbackLsl() {
        return LslConfig.parse(lsl("lsl_api.loopback.cfg"));
    }

    private static Optional<Path> resource(String name) {
        URL url = TestFiles.class.getResource(name);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
