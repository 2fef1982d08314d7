package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attend.format.EdfWriter;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code attend convert IN OUT.edf|OUT.bdf}: a recording of any readable format as EDF+ or BDF+. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Write a recording (EDF, BDF, GDF, BrainVision, XDF) as EDF+ (16-bit) or BDF+ (24-bit), "
                + "with its annotations and markers.")
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the recording to convert")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write: .edf or .bdf")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String extension = OutputFile.check("OUT", out, List.of(".edf", ".bdf"));
        Recording recording = Recordings.read(in);
        EdfWriter.write(recording, out, extension.equals(".bdf"));
        Recording written = Recordings.read(out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s: %d channels, %.3f s, %d annotations%n", out, written.eegStream().orElseThrow()
                .info().channelCount(), written.durationSeconds(), written.annotations().size());
        o.flush();
        return 0;
    }
}
