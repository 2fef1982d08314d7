package org.attend.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches files of a {@link RemoteDataset} into a folder, from an HTTP(S) server or a local mirror folder:
 * each file is written to {@code NAME.part}, resumed from where it stopped (an HTTP {@code Range} request)
 * when a connection drops or an earlier run was cut short, checked against its official SHA-256 and only
 * then renamed to its name. A file whose checksum does not match is removed and reported, never kept.
 */
public final class Download {

    private static final Logger LOG = LoggerFactory.getLogger(Download.class);

    /** Attempts per file when the connection drops (each resumes where the last stopped). */
    static final int ATTEMPTS = 3;

    /** What {@link #fetch} did with a file. */
    public enum Outcome {
        /** transferred (in full or resumed) and verified */
        FETCHED,
        /** present with the right checksum already: nothing transferred */
        PRESENT
    }

    private final URI source;
    private final Path target;
    private final HttpClient client;

    /**
     * @param source the folder the files are fetched from: an {@code http(s)://} URL or a {@code file:} folder,
     *               laid out as the dataset's {@code baseUri}
     * @param target the folder the files are written to
     */
    public Download(URI source, Path target) {
        String scheme = source.getScheme() == null ? "" : source.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            throw new IllegalArgumentException("cannot fetch from '" + source + "': give an http(s) URL or a folder");
        }
        this.source = source.toString().endsWith("/") ? source : URI.create(source + "/");
        this.target = target;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A source from a command-line value: an http(s) URL, else a local folder. */
    public static URI source(String urlOrFolder) {
        if (urlOrFolder.matches("(?i)https?://.*")) {
            return URI.create(urlOrFolder);
        }
        Path dir = Path.of(urlOrFolder).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--from " + urlOrFolder + ": not an http(s) URL nor an existing folder");
        }
        return dir.toUri();
    }

    /**
     * Fetches one file unless it is present with the right checksum.
     *
     * @param file   path relative to the source and the target, e.g. {@code S001/S001R04.edf}
     * @param sha256 its official SHA-256, hex
     * @throws IOException naming the file when it cannot be fetched or its checksum does not match
     */
    public Outcome fetch(String file, String sha256) throws IOException {
        Path dest = target.resolve(file);
        if (Files.isRegularFile(dest)) {
            if (sha256(dest).equals(sha256)) {
                return Outcome.PRESENT;
            }
            LOG.warn("{}: the cached copy does not match its checksum; fetching it again", file);
            Files.delete(dest);
        }
        Files.createDirectories(dest.getParent());
        Path part = dest.resolveSibling(dest.getFileName() + ".part");
        for (int attempt = 1; ; attempt++) {
            try {
                transfer(file, part);
                break;
            } catch (Interrupted e) {
                throw e;
            } catch (IOException e) {
                long have = Files.exists(part) ? Files.size(part) : 0;
                if (attempt >= ATTEMPTS || e instanceof HttpStatus) {
                    throw new IOException(file + ": " + e.getMessage() + " (" + have + " bytes kept in " + part
                            .getFileName() + "; run the command again to resume)", e);
                }
                LOG.warn("{}: {} after {} bytes; resuming (attempt {} of {})", file, e.getMessage(), have,
                        attempt + 1, ATTEMPTS);
            }
        }
        String actual = sha256(part);
        if (!actual.equals(sha256)) {
            Files.delete(part);
            throw new IOException(file + ": SHA-256 " + actual + " does not match the official " + sha256
                    + "; the download was removed");
        }
        Files.move(part, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Outcome.FETCHED;
    }

    /** Appends the rest of {@code file} to {@code part} (starting over when the source cannot resume). */
    private void transfer(String file, Path part) throws IOException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        URI uri = source.resolve(file);
        Opened opened = uri.getScheme().equalsIgnoreCase("file") ? openFile(uri, have) : openHttp(uri, have);
        if (opened.body == null) {
            return; // the part already holds every byte (HTTP 416)
        }
        long from = opened.resumed ? have : 0;
        try (InputStream in = opened.body;
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     opened.resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[1 << 16];
            long received = from;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                received += n;
            }
            if (opened.totalBytes >= 0 && received < opened.totalBytes) {
                throw new IOException("connection closed at byte " + received + " of " + opened.totalBytes);
            }
        }
    }

    private record Opened(InputStream body, boolean resumed, long totalBytes) {
    }

    private static Opened openFile(URI uri, long have) throws IOException {
        Path p = Path.of(uri);
        if (!Files.isRegularFile(p)) {
            throw new HttpStatus("not in the mirror folder (" + p + ")");
        }
        long size = Files.size(p);
        InputStream in = Files.newInputStream(p);
        boolean resumed = have > 0 && have <= size;
        if (resumed) {
            in.skipNBytes(have);
        }
        return new Opened(in, resumed, size);
    }

    private Opened openHttp(URI uri, long have) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
        int status = response.statusCode();
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (status == 416 && have > 0) {
            response.body().close();
            return new Opened(null, true, have);
        }
        if (status == 206 && response.headers().firstValue("Content-Range").orElse("")
                .startsWith("bytes " + have + "-")) {
            return new Opened(response.body(), true, length < 0 ? -1 : have + length);
        }
        if (status == 200) {
            return new Opened(response.body(), false, length);
        }
        response.body().close();
        throw new HttpStatus("HTTP " + status + " from " + uri);
    }

    /** The SHA-256 of a file, hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The server answered, but not with the file: retrying will not help. */
    private static final class HttpStatus extends IOException {
        HttpStatus(String message) {
            super(message);
        }
    }

    /** The fetching thread was interrupted. */
    private static final class Interrupted extends IOException {
        Interrupted() {
            super("interrupted");
        }
    }
}
