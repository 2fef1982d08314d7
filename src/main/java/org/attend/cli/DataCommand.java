package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.experiment.DataCache;
import org.attend.experiment.Download;
import org.attend.experiment.RemoteDataset;
import org.attend.progress.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attend data list|get}: the public datasets Attend can fetch, and fetching them into the cache. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Public EEG datasets: list them, fetch them into the cache (ATTEND_DATA, else ~/.attend/data), "
                + "where evaluate and train find them.",
        subcommands = {DataCommand.ListData.class, DataCommand.Get.class})
public final class DataCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code attend data list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the datasets Attend can fetch, with how many of their files are in the cache.")
    static final class ListData implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (RemoteDataset d : RemoteDataset.all()) {
                Path folder = DataCache.folder(d.name());
                long present = d.sha256().keySet().stream().filter(f -> Files.isRegularFile(folder.resolve(f)))
                        .count();
                out.printf(Locale.ROOT, "%-10s %s%n", d.name(), d.description());
                out.printf(Locale.ROOT, "%-10s source %s; %d files with official SHA-256; %d in %s%n", "",
                        d.baseUri(), d.sha256().size(), present, folder);
                out.printf(Locale.ROOT, "%-10s licence: %s%n", "", d.licence());
            }
            out.flush();
            return 0;
        }
    }

    /** {@code attend data get eegmmidb --subjects 1-12 [--runs ...] [--from DIR|URL]}. */
    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Fetch dataset files into the cache: resumable, each verified against its official SHA-256.")
    static final class Get implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "DATASET", description = "eegmmidb")
        String dataset;

        @Option(names = "--subjects", required = true, paramLabel = "LIST", description = "e.g. 1-12 or 1,3,5-7")
        String subjects;

        @Option(names = "--runs", defaultValue = "1-14", paramLabel = "LIST",
                description = "runs of each subject, e.g. 3,4,7,8,11,12 (default: all, 1-14)")
        String runs;

        @Option(names = "--from", paramLabel = "DIR|URL",
                description = "a local mirror folder or another server laid out as the source (default: PhysioNet)")
        String from;

        @Option(names = "--no-progress", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "show a progress bar on stderr (default: on)")
        boolean progress;

        @CommandLine.Mixin
        QuietOption quiet;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            RemoteDataset d = RemoteDataset.named(dataset);
            List<String> files = d.eegmmidbFiles(RemoteDataset.numbers(subjects, "--subjects"),
                    RemoteDataset.numbers(runs, "--runs"));
            Path folder = DataCache.folder(d.name());
            Download download = new Download(from == null ? d.baseUri() : Download.source(from), folder);
            int fetched = 0;
            try (Progress bar = progress ? Progress.start("data get " + d.name(), files.size(), "files") : null) {
                for (String file : files) {
                    if (bar != null) {
                        bar.message(file);
                    }
                    Download.Outcome o = download.fetch(file, d.sha256().get(file));
                    fetched += o == Download.Outcome.FETCHED ? 1 : 0;
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s: %d files in %s (%d fetched, %d already there), every SHA-256 verified%n",
                    d.name(), files.size(), folder, fetched, files.size() - fetched);
            out.flush();
            return 0;
        }
    }
}
