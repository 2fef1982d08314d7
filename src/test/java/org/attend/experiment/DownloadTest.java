package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Download} over real HTTP against a server on 127.0.0.1 that serves the repository's copies of
 * eegmmidb S001 runs 4 and 8 under PhysioNet's layout, checked against the official SHA-256 list shipped
 * with Attend: a good download, a connection dropped half-way and resumed with a Range request, a corrupted
 * file refused and removed, a missing file, and a local mirror folder.
 */
@Timeout(60)
class DownloadTest {

    private static final RemoteDataset EEGMMIDB = RemoteDataset.eegmmidb();
    private static final String R04 = "S001/S001R04.edf";
    private static final String R08 = "S001/S001R08.edf";

    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    /** Paths whose next response is cut after this many bytes. */
    private final Map<String, Integer> dropAfter = new ConcurrentHashMap<>();
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesServed = new AtomicLong();

    @BeforeEach
    void serve() throws IOException {
        files.put(R04, Files.readAllBytes(TestFiles.file("eegmmidb/" + R04)));
        files.put(R08, Files.readAllBytes(TestFiles.file("eegmmidb/" + R08)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/eegmmidb/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/eegmmidb/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/eegmmidb/".length());
        byte[] body = files.get(path);
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String range = exchange.getRequestHeaders().getFirst("Range");
        int from = 0;
        if (range != null) {
            ranges.add(path + " " + range);
            from = Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + from + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - from);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        Integer drop = dropAfter.remove(path);
        int to = drop == null ? body.length : from + drop;
        try (OutputStream out = exchange.getResponseBody()) {
            // counted before they are sent: the client may have read them all before write returns here
            bytesServed.addAndGet(to - from);
            out.write(body, from, to - from);
            if (drop != null) {
                out.flush();
                // a handler that fails makes the server close the connection, as a dropped network does
                throw new IOException("connection dropped on purpose");
            }
        }
    }

    @Test
    void downloadsAndVerifiesAgainstTheOfficialChecksum(@TempDir Path cache) throws IOException {
        Download d = new Download(base(), cache);
        assertEquals(Download.Outcome.FETCHED, d.fetch(R04, EEGMMIDB.sha256().get(R04)));
        assertEquals("3d161f88e1c00632585287d2ce584c2bc0f08862438eb255ea8723e00fac693d",
                Download.sha256(cache.resolve(R04)));
        assertEquals(files.get(R04).length, bytesServed.get());
        assertEquals(Download.Outcome.PRESENT, d.fetch(R04, EEGMMIDB.sha256().get(R04)));
        assertEquals(files.get(R04).length, bytesServed.get(), "a verified file is not fetched again");
        assertTrue(ranges.isEmpty(), ranges.toString());
    }

    @Test
    void aDroppedConnectionResumesWithARangeRequest(@TempDir Path cache) throws IOException {
        int cut = 1_000_000;
        dropAfter.put(R08, cut);
        Download d = new Download(base(), cache);
        assertEquals(Download.Outcome.FETCHED, d.fetch(R08, EEGMMIDB.sha256().get(R08)));
        // one resume, from what had arrived (at most what was sent before the drop)
        assertEquals(1, ranges.size(), ranges.toString());
        long resumedFrom = Long.parseLong(ranges.get(0).replaceAll(".* bytes=(\\d+)-", "$1"));
        assertTrue(resumedFrom > 0 && resumedFrom <= cut, ranges.toString());
        assertEquals(files.get(R08).length + cut - resumedFrom, bytesServed.get(), "only the missing bytes again");
        assertEquals(EEGMMIDB.sha256().get(R08), Download.sha256(cache.resolve(R08)));
        assertFalse(Files.exists(cache.resolve(R08 + ".part")));
    }

    @Test
    void aCorruptedFileIsRefusedAndRemoved(@TempDir Path cache) {
        files.get(R04)[5000] ^= 1;
        Download d = new Download(base(), cache);
        IOException e = assertThrows(IOException.class, () -> d.fetch(R04, EEGMMIDB.sha256().get(R04)));
        assertTrue(e.getMessage().startsWith(R04 + ": SHA-256 "), e.getMessage());
        assertTrue(e.getMessage().endsWith("does not match the official "
                + EEGMMIDB.sha256().get(R04) + "; the download was removed"), e.getMessage());
        assertFalse(Files.exists(cache.resolve(R04)));
        assertFalse(Files.exists(cache.resolve(R04 + ".part")));
    }

    @Test
    void aMissingFileIsOneErrorWithTheStatus(@TempDir Path cache) {
        Download d = new Download(base(), cache);
        String r12 = "S001/S001R12.edf";
        IOException e = assertThrows(IOException.class, () -> d.fetch(r12, EEGMMIDB.sha256().get(r12)));
        assertTrue(e.getMessage().startsWith(r12 + ": HTTP 404 from http://127.0.0.1:"), e.getMessage());
    }

    @Test
    void aLocalMirrorFolderIsReadTheSameWay(@TempDir Path mirror, @TempDir Path cache) throws IOException {
        Files.createDirectories(mirror.resolve("S001"));
        Files.write(mirror.resolve(R04), files.get(R04));
        Files.createDirectories(cache.resolve("S001"));
        Files.write(cache.resolve(R04 + ".part"), java.util.Arrays.copyOf(files.get(R04), 12345));
        Download d = new Download(Download.source(mirror.toString()), cache);
        assertEquals(Download.Outcome.FETCHED, d.fetch(R04, EEGMMIDB.sha256().get(R04)));
        assertEquals(EEGMMIDB.sha256().get(R04), Download.sha256(cache.resolve(R04)));
    }

    @Test
    void theShippedListCoversEverySubjectAndRunAndRangesParse() {
        assertEquals(109 * 14, EEGMMIDB.sha256().size());
        assertEquals(List.of("S001/S001R03.edf", "S001/S001R04.edf", "S012/S012R03.edf", "S012/S012R04.edf"),
                EEGMMIDB.eegmmidbFiles(List.of(1, 12), RemoteDataset.numbers("3-4", "--runs")));
        assertEquals(List.of(1, 2, 3, 7), RemoteDataset.numbers("1-3,7", "--subjects"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RemoteDataset.numbers("1-x", "--subjects"));
        assertEquals("--subjects '1-x': '1-x' is neither a number nor a range a-b", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EEGMMIDB.eegmmidbFiles(List.of(110), List.of(1)));
        assertEquals(DataCache.root(Map.of(), Path.of("/home/u")), Path.of("/home/u/.attend/data"));
        assertEquals(DataCache.root(Map.of("ATTEND_DATA", "/d"), Path.of("/home/u")), Path.of("/d"));
    }
}
