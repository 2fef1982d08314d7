package org.attend.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.attend.testing.TestFiles;

/** An ASCII export of MNE's BrainVision test recording reads as the binary original. */
class BrainVisionAsciiTest {

    private static final Path DIR = TestFiles.file("formats/mne-python/brainvision");

    @Test
    void multiplexedAsciiWithCommaDecimalsEqualsTheBinaryFile(@TempDir Path dir) throws Exception {
        String vhdr = Files.readString(DIR.resolve("test.vhdr"), StandardCharsets.UTF_8)
                .replace("DataFile=test.eeg", "DataFile=test.txt")
                .replace("DataFormat=BINARY", "DataFormat=ASCII")
                .replace("[Binary Infos]", "[ASCII Infos]\nDecimalSymbol=,\nSkipLines=1\nSkipColumns=1\n[Binary]");
        Files.writeString(dir.resolve("test.vhdr"), vhdr, StandardCharsets.UTF_8);
        Files.copy(DIR.resolve("test.vmrk"), dir.resolve("test.vmrk"));
        // the int16 samples of test.eeg as text: a header line, then "time<TAB>v1 v2 ... v32" per sample,
        // each value written with a decimal comma ("-12,0")
        ByteBuffer raw = ByteBuffer.wrap(Files.readAllBytes(DIR.resolve("test.eeg"))).order(ByteOrder.LITTLE_ENDIAN);
        StringBuilder text = new StringBuilder("time FP1 ... ReRef\n");
        for (int i = 0; raw.remaining() >= 64; i++) {
            text.append(i).append(",0");
            for (int c = 0; c < 32; c++) {
                text.append(c == 0 ? '\t' : ' ').append(raw.getShort()).append(",0");
            }
            text.append('\n');
        }
        Files.writeString(dir.resolve("test.txt"), text, StandardCharsets.ISO_8859_1);

        Recording binary = Recordings.read(DIR.resolve("test.vhdr"));
        Recording ascii = Recordings.read(dir.resolve("test.vhdr"));
        RecordedStream a = binary.eegStream().orElseThrow();
        RecordedStream b = ascii.eegStream().orElseThrow();
        assertEquals(7900, b.sampleCount());
        assertEquals(a.info().channels(), b.info().channels());
        for (int c = 0; c < 32; c++) {
            assertArrayEquals(a.samples()[c], b.samples()[c], "channel " + c);
        }
        assertEquals(binary.annotations(), ascii.annotations());
    }

    @Test
    void aShortLineIsATypedErrorWithItsOffset(@TempDir Path dir) throws Exception {
        String vhdr = Files.readString(DIR.resolve("test.vhdr"), StandardCharsets.UTF_8)
                .replace("DataFile=test.eeg", "DataFile=test.txt").replace("DataFormat=BINARY", "DataFormat=ASCII");
        Files.writeString(dir.resolve("test.vhdr"), vhdr, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("test.txt"), "1 2 3\n", StandardCharsets.ISO_8859_1);
        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> Recordings.read(dir.resolve("test.vhdr")));
        assertEquals("test.txt at byte 0: line 1 has 3 values, 32 expected", e.getMessage());
        assertTrue(e.offset() == 0);
    }
}
