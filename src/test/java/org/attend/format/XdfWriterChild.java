package org.attend.format;

import java.nio.file.Path;
import org.attend.stream.ChannelFormat;

/**
 * The process {@link XdfWriterTest} kills: writes EEG chunks and markers to an XDF file without end; each
 * chunk stays buffered for a while (lost if the kill comes then) before it is flushed and reported on stdout
 * as {@code flushed <samples>}.
 */
public final class XdfWriterChild {

    private XdfWriterChild() {
    }

    public static void main(String[] args) throws Exception {
        XdfWriter xdf = XdfWriter.create(Path.of(args[0]));
        int eeg = xdf.addStream(XdfWriterTest.EEG, ChannelFormat.FLOAT32);
        int cues = xdf.addStream(XdfWriterTest.MARKERS, ChannelFormat.STRING);
        long written = 0;
        while (true) {
            xdf.writeSamples(eeg, XdfWriterTest.chunk(written, 25));
            written += 25;
            xdf.writeStrings(cues, new String[] {"cue " + written}, new double[] {100 + written / 250.0});
            Thread.sleep(20);
            xdf.flush();
            System.out.println("flushed " + written);
            System.out.flush();
        }
    }
}
