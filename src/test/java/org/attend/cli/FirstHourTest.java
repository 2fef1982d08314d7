package org.attend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attend.experiment.Paradigm;
import org.attend.realtime.SessionDefaults;
import org.attend.source.DeviceProfiles;
import org.attend.source.SimulationSpec;
import org.attend.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * Issue 23, a newcomer's first hour, as a newcomer meets it: the README's first command says how long it takes and
 * shows its progress, errors come in the order a user needs them with one prefix per command and a "did you mean",
 * {@code --version} works everywhere, and a demo whose result cannot be trusted says so.
 */
@Timeout(300)
class FirstHourTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void runAnnouncesItsLengthShowsItsProgressAndTakesAtMostTwoMinutesAtRealTimePace() throws Exception {
        SimulationSpec spec = SimulationSpec.leftRightRest(DeviceProfiles.load(TestFiles.home().resolve("devices"))
                .get("bci2000-64"), 42);
        assertTrue(SessionDefaults.simulatedCalibrationSeconds(spec, SessionDefaults.QUICK_RUN_TRIALS_PER_CLASS)
                + SessionDefaults.QUICK_RUN_ONLINE_SECONDS <= 120, "the default session fits two minutes");
        CliTestSupport.Result r = CliTestSupport.runWithLog("run", "--speed", "max", "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("run: simulated bci2000-64 headset; calibration on 5 cued trials per class "
                + "(about 98 s of signal), then 20 s online: as fast as it decodes (--full for the full session)"),
                r.err());
        assertTrue(r.err().contains("calibration: finished 10/10 cues"), r.err());
        assertTrue(r.err().contains("online: finished 20/20 s"), r.err());
        List<String> lines = r.out().lines().toList();
        JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
        assertEquals(20, summary.get("online_seconds").asDouble(), 0.5);
        assertTrue(CliTestSupport.run("run", "--help").out().contains("--full"));
        CliTestSupport.Result quiet = CliTestSupport.runWithLog("run", "--speed", "max", "--duration", "2",
                "--quiet");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertTrue(quiet.err().isBlank(), "--quiet: " + quiet.err());
    }

    @Test
    void aMissingFileOrAFileThatIsNoRecordingIsSaidBeforeAnyClassMapping() {
        CliTestSupport.Result missing = CliTestSupport.run("replay", "recordings/eegmmidb/S001R99.edf");
        assertEquals("attend replay: recordings/eegmmidb/S001R99.edf: no such file or folder", missing.err().strip());
        CliTestSupport.Result text = CliTestSupport.run("replay", "README.md");
        assertTrue(text.err().startsWith("attend replay: README.md at byte 0: unknown format"), text.err());
        CliTestSupport.Result baseline = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf",
                "--classes", "T9=left");
        assertEquals(2, baseline.exitCode(), baseline.err());
    }

    @Test
    void mistypedCommandsAndOptionsGetADidYouMean() {
        CliTestSupport.Result command = CliTestSupport.run("replya");
        assertEquals(2, command.exitCode());
        assertTrue(command.err().contains("did you mean replay"), command.err());
        CliTestSupport.Result option = CliTestSupport.run("run", "--sped", "max");
        assertEquals(2, option.exitCode());
        assertTrue(option.err().startsWith("attend run: ") && option.err().contains("did you mean --speed?"),
                option.err());
    }

    @Test
    void everyCommandFiltersTheSameWayByDefault() {
        CommandLine attend = AttendCommand.commandLine();
        for (String command : List.of("run", "replay", "live", "train")) {
            CommandLine.Model.CommandSpec spec = attend.getSubcommands().get(command).getCommandSpec();
            String band = spec.findOption("--band").defaultValue() != null ? spec.findOption("--band").defaultValue()
                    : spec.findOption("--band-low").defaultValue() + "-" + spec.findOption("--band-high").defaultValue();
            assertEquals("8-32", band, command + " --band");
            assertEquals("0", spec.findOption("--notch").defaultValue(), command + " --notch");
        }
        // evaluate has no notch; its band comes with the paradigm
        Paradigm evaluated = Paradigm.named(Paradigm.LEFT_RIGHT);
        assertEquals(List.of(8.0, 32.0), List.of(evaluated.bandLowHz(), evaluated.bandHighHz()));
        CommandLine.Model.CommandSpec train = attend.getSubcommands().get("train").getCommandSpec();
        assertEquals(List.of(String.valueOf(evaluated.tminSeconds()).replace(".0", ""),
                        String.valueOf(evaluated.tmaxSeconds()).replace(".0", "")),
                List.of(train.findOption("--tmin").defaultValue(), train.findOption("--tmax").defaultValue()),
                "train's epochs are evaluate's");
    }

    @Test
    void everyCommandHasVersionAndItsOwnErrorPrefix() {
        List<String> names = new ArrayList<>();
        AttendCommand.everyCommand(AttendCommand.commandLine(), c -> names.add(c.getCommandSpec().qualifiedName()));
        assertTrue(names.size() > 20, names.toString());
        for (String name : names) {
            if (name.equals("attend help")) {
                continue;
            }
            List<String> args = new ArrayList<>(List.of(name.split(" ")).subList(1, name.split(" ").length));
            args.add("--version");
            CliTestSupport.Result r = CliTestSupport.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), name + ": " + r.err());
            assertTrue(r.out().startsWith("attend "), name + " --version printed '" + r.out() + "'");
        }
        CliTestSupport.Result get = CliTestSupport.run("data", "get", "nosuch", "--subjects", "1");
        assertTrue(get.err().startsWith("attend data get: "), get.err());
        CliTestSupport.Result list = CliTestSupport.run("lsl", "list", "--wait", "0");
        assertTrue(list.err().startsWith("attend lsl list: "), list.err());
    }

    /** Issue 23: help showed a regex and camelCase placeholders ({@code <bandLow>}). */
    @Test
    void everyCommandsHelpHasReadablePlaceholders() {
        java.util.regex.Pattern camel = java.util.regex.Pattern.compile("<[a-z]+[A-Z][A-Za-z]*>");
        AttendCommand.everyCommand(AttendCommand.commandLine(), c -> {
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            String name = c.getCommandSpec().qualifiedName();
            assertFalse(camel.matcher(help).find(), name + ": " + help);
            assertFalse(help.contains("(?"), name + " shows a regex: " + help);
        });
    }

    @Test
    void aDemoOnTooFewTrialsWithMostlyFalseCommandsSaysSo() {
        // the demo: csp-lda alone on [3, 3] trials (67 commands of which 34 false at 8-30 Hz with a 50 Hz notch;
        // 70 and 35 with today's 8-32 Hz and no notch)
        CliTestSupport.Result r = CliTestSupport.run("replay", "recordings/eegmmidb/S001R04.edf", "--speed", "max",
                "--detector", "none", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("warning: the decoder was fitted on [3, 3] trials per class, fewer than the 5"),
                r.out());
        assertTrue(r.out().contains("warning: 35 of the 70 commands were false activations"), r.out());
        assertFalse(r.out().contains("NaN"), r.out());
    }

    @Test
    void recordNamesItsFileAfterTheTimeAndShowsSecondsAndBytes() throws Exception {
        // the default name goes to the working folder (the project's, under Maven): found and deleted after
        CliTestSupport.Result r = CliTestSupport.runWithLog("record", "--duration", "2", "--speed", "max");
        assertEquals(0, r.exitCode(), r.err());
        Path named;
        try (Stream<Path> files = Files.list(Path.of("."))) {
            named = files.filter(p -> p.getFileName().toString().matches("attend-\\d{8}-\\d{6}\\.xdf")).findFirst()
                    .orElseThrow(() -> new AssertionError("no attend-YYYYMMDD-HHMMSS.xdf: " + r.out()));
        }
        try {
            assertTrue(r.out().contains("to " + named.getFileName() + " ("), r.out());
            assertTrue(r.out().matches("(?s).*\\(\\d+\\.\\d kB\\); dropped 0\\s*"), r.out());
            assertTrue(r.err().contains("record " + named.getFileName() + ": finished 2/2 s"), r.err());
        } finally {
            Files.delete(named);
        }
    }
}
