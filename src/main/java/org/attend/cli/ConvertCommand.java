package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.format.BrainVisionWriter;
import org.attend.format.Conversion;
import org.attend.format.CsvWriter;
import org.attend.format.EdfWriter;
import org.attend.format.Recording;
import org.attend.format.Recordings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attend convert IN OUT}: a recording of any readable format as EDF+, BDF+, BrainVision or CSV, saying
 * what the conversion changed or left out; an existing file is overwritten only with {@code --force}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Write a recording (EDF, BDF, GDF, BrainVision, XDF) as EDF+ (16-bit), BDF+ (24-bit), "
                + "BrainVision (.vhdr with .eeg and .vmrk, float32) or CSV (a quick look), with its annotations and "
                + "markers.", "Says what the conversion changed or left out (markers outside the signal, other "
                + "streams, padding, precision, start date)."})
public final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "the recording to convert")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "the file to write: .edf, .bdf, .vhdr or .csv")
    Path out;

    @Option(names = "--force", description = "overwrite OUT (and a BrainVision OUT's .eeg and .vmrk) if it exists")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String extension = OutputFile.check("OUT", out, List.of(".edf", ".bdf", ".vhdr", ".csv"));
        List<Path> written = extension.equals(".vhdr") ? List.of(out, sibling(".eeg"), sibling(".vmrk"))
                : List.of(out);
        if (!force) {
            for (Path p : written) {
                if (Files.exists(p)) {
                    throw new IllegalArgumentException("OUT " + p + " exists: give --force to overwrite it");
                }
            }
        }
        Recording recording = Recordings.read(in);
        Conversion c = switch (extension) {
            case ".vhdr" -> BrainVisionWriter.write(recording, out);
            case ".csv" -> CsvWriter.write(recording, out);
            default -> EdfWriter.write(recording, out, extension.equals(".bdf"));
        };
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "wrote %s: %d channels, %.3f s, %d markers%n", out, c.channels(), c.seconds(),
                c.markers());
        c.notes().forEach(n -> o.println("note: " + n));
        o.flush();
        return 0;
    }

    private Path sibling(String extension) {
        return out.resolveSibling(out.getFileName().toString().replaceFirst("(?i)\\.vhdr$", extension));
    }
}
