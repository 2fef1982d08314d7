package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operating-system errors and bad output files come out as one line naming the cause, never just a path. */
class OsErrorsTest {

    private static final String R04 = TestFiles.home().resolve("recordings/eegmmidb/S001R04.edf").toString();

    private static void oneLine(CliTestSupport.Result r, int exit, String expected) {
        assertEquals(exit, r.exitCode(), r.err());
        assertEquals(expected, r.err().strip());
    }

    @Test
    void aFolderGivenAsARecordingIsSaidToBeAFolder(@TempDir Path dir) {
        oneLine(CliTestSupport.run("info", dir.toString()), 1, "attend info: " + dir + ": is a folder, not a recording");
    }

    @Test
    void aMissingRecordingIsSaidToBeMissing(@TempDir Path dir) {
        Path missing = dir.resolve("nope.edf");
        oneLine(CliTestSupport.run("info", missing.toString()), 1, "attend info: " + missing + ": no such file");
    }

    @Test
    void aFifoIsNotReadAsARecording(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.edf");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        oneLine(CliTestSupport.run("info", fifo.toString()), 1,
                "attend info: " + fifo + ": is not a regular file (a FIFO, socket or device)");
    }

    @Test
    void jdkErrorsWithoutAReasonGetOne() {
        assertEquals("/x/y: permission denied", OneLineErrors.plainly(new AccessDeniedException("/x/y")));
        assertEquals("/x/y: no such file or folder", OneLineErrors.plainly(new NoSuchFileException("/x/y")));
    }

    @Test
    void outputsInAMissingFolderOrWithTheWrongExtensionAreRefusedBeforeWork(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("no/such/out.edf");
        oneLine(CliTestSupport.run("convert", R04, deep.toString()), 2, "attend convert: OUT " + deep
                + ": the folder " + deep.getParent() + " does not exist");
        Path folder = Files.createDirectory(dir.resolve("x.edf"));
        oneLine(CliTestSupport.run("convert", R04, folder.toString()), 2,
                "attend convert: OUT " + folder + " is a folder, not a file");
        Path edf = dir.resolve("x2.edf");
        oneLine(CliTestSupport.run("record", "--duration", "1", "--out", edf.toString()), 2,
                "attend record: --out " + edf + ": this command writes .xdf, so the file must end in .xdf");
        assertEquals(false, Files.exists(edf), "no XDF bytes in a .edf file");
    }

    @Test
    void anLslQueryWithAnUnbalancedQuoteFailsAtOnce() {
        oneLine(CliTestSupport.run("lsl", "list", "--lsl-backend", "java", "--wait", "30", "--query", "name='EEG"), 2,
                "attend lsl list: LSL query \"name='EEG\": the quote at position 6 is never closed");
    }
}
