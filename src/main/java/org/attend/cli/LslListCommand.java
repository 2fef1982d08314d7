package org.attend.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslQuery;
import org.attend.lsl.LslStreamInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code attend lsl list}: the LSL streams visible from here. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List visible LSL streams: name, type, channels, format, rate, host, source_id.")
public final class LslListCommand implements Runnable {

    @Mixin
    LslBackendOption backendOption;

    @Option(names = "--wait", defaultValue = "1.5", paramLabel = "SECONDS",
            description = "How long to collect replies (default ${DEFAULT-VALUE} s; one KnownPeers wave needs 0.5 s).")
    double waitSeconds;

    @Option(names = "--query", paramLabel = "PREDICATE",
            description = "Only streams matching this XPath predicate, e.g. \"type='EEG'\".")
    String query;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (!(waitSeconds > 0)) {
            throw new IllegalArgumentException("--wait must be > 0 s");
        }
        if (query != null) {
            LslQuery.check(query);
        }
        try (LslBackend backend = backendOption.open()) {
            Duration wait = Duration.ofMillis((long) (waitSeconds * 1000));
            List<LslStreamInfo> found = query == null ? backend.resolveAll(wait)
                    : backend.resolve(query, Integer.MAX_VALUE, wait);
            print(spec.commandLine().getOut(), found);
        } catch (IOException e) {
            throw new UncheckedIOException("LSL resolve failed: " + e.getMessage(), e);
        }
    }

    static void print(PrintWriter out, List<LslStreamInfo> streams) {
        String fmt = "%-24s %-10s %8s %-9s %10s  %-22s %s%n";
        out.printf(Locale.ROOT, fmt, "NAME", "TYPE", "CHANNELS", "FORMAT", "RATE_HZ", "HOST", "SOURCE_ID");
        streams.stream().sorted(Comparator.comparing(LslStreamInfo::name)).forEach(s -> out.printf(Locale.ROOT, fmt,
                s.name(), s.type(), s.channelCount(), s.format().xmlName(),
                s.nominalSrate() > 0 ? String.format(Locale.ROOT, "%.3f", s.nominalSrate()) : "irregular",
                s.hostname() + (s.v4address().isEmpty() ? "" : " (" + s.v4address() + ")"), s.sourceId()));
        out.printf(Locale.ROOT, "%d stream(s)%n", streams.size());
        out.flush();
    }
}
