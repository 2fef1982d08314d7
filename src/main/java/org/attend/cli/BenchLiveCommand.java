package org.attend.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.BusyCores;
import org.attend.bench.LiveBench;
import org.attend.bench.StaleSoak;
import org.attend.lsl.LslBackend;
import org.attend.realtime.SessionSummary;
import org.attend.stream.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attend bench live}: {@link LiveBench}, the fail-safe's and the live path's wall-clock budgets, and with
 * {@code --soak} {@link StaleSoak}, false stale events of healthy bursty outlets on busy cores.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"A live session on loopback LSL whose outlet is killed and restarted: stop after the last "
                + "sample (target <= 250 ms) and decision latency (target p50 < 50 ms).",
            "With --soak SECONDS: healthy bursty outlets (a chunk every 250 ms, jittered bursts, lsl send of a "
                + "recording) decoded while other threads keep every core busy: false stale events (target 0)."})
public final class BenchLiveCommand implements Callable<Integer> {

    /** The recording {@code --soak} publishes as {@code attend lsl send} does, when present. */
    static final String SOAK_RECORDING = "recordings/eegmmidb/S001R08.edf";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LslBackendOption backendOption;

    @Mixin
    QuietOption quiet;

    @Option(names = "--restarts", paramLabel = "N", defaultValue = "20",
            description = "Outlet kills and restarts (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "0.3",
            description = "How long the outlet stays away each time (default: ${DEFAULT-VALUE} s).")
    double pauseSeconds;

    @Option(names = "--outlet", paramLabel = "steady|bursty", defaultValue = "steady",
            converter = OutletConverter.class,
            description = "How the killed outlet pushes: steady chunks every 31.25 ms, or jittered bursts of 1-3 "
                    + "chunks every 50-150 ms (default: ${DEFAULT-VALUE}).")
    LiveBench.Outlet outlet;

    @Option(names = "--soak", paramLabel = "SECONDS",
            description = "Instead: stream the healthy bursty outlets this long (the issue's case: 600) and count "
                    + "false stale events.")
    Double soakSeconds;

    @Option(names = "--busy", paramLabel = "THREADS",
            description = "With --soak: threads keeping the cores busy (default: two per core).")
    Integer busyThreads;

    @Option(names = "--recording", paramLabel = "FILE",
            description = "With --soak: the recording published as 'attend lsl send' does (default: "
                    + SOAK_RECORDING + ").")
    Path recording;

    /** {@code steady} or {@code bursty}. */
    static final class OutletConverter implements CommandLine.ITypeConverter<LiveBench.Outlet> {
        @Override
        public LiveBench.Outlet convert(String value) {
            try {
                return LiveBench.Outlet.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("outlet must be steady or bursty, got '" + value + "'");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        try (LslBackend backend = backendOption.open()) {
            if (soakSeconds != null) {
                soak(backend);
            } else {
                killAndRestart(backend);
            }
        }
        return 0;
    }

    private void killAndRestart(LslBackend backend) throws Exception {
        LiveBench.Result r = LiveBench.run(new LiveBench.Plan(restarts, pauseSeconds, outlet), backend);
        PrintWriter out = spec.commandLine().getOut();
        SessionSummary online = r.session().online();
        Summary stop = r.stopAfterLastSampleMillis();
        out.printf(Locale.ROOT, "live %s stream on loopback: %d ch at %.0f Hz in %s, csp-lda on %.1f s windows%n",
                r.session().streamName(), LiveBench.CHANNELS.size(), LiveBench.RATE_HZ, outlet.description(),
                LiveBench.WINDOW_SECONDS);
        out.printf(Locale.ROOT, "decision latency p50 %.2f ms, p99 %.2f ms over %d windows (target p50 < 50 ms)%n",
                online.latencyMsP50(), online.latencyMsP99(), online.windows());
        out.printf(Locale.ROOT, "stop after the last sample over %d restarts: median %.1f ms, max %.1f ms "
                + "(target <= 250 ms); stale periods %d%n", stop.count(), stop.median(), stop.max(),
                r.session().engine().signalLosses());
        out.flush();
    }

    private void soak(LslBackend backend) throws Exception {
        Path file = recording != null ? recording : AttendHome.resolve(SOAK_RECORDING);
        if (recording != null && !Files.isRegularFile(recording)) {
            throw new IllegalArgumentException("--recording " + recording + ": no such file");
        }
        StaleSoak.Result r = StaleSoak.run(new StaleSoak.Plan(soakSeconds,
                busyThreads != null ? busyThreads : BusyCores.defaultCount(),
                Files.isRegularFile(file) ? file : null), backend);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "healthy outlets on loopback for %.0f s each, all at once, %d threads keeping %d "
                + "cores busy:%n", r.seconds(), r.busyThreads(), Runtime.getRuntime().availableProcessors());
        for (StaleSoak.Outcome o : r.outcomes()) {
            out.printf(Locale.ROOT, "  %-52s %7d chunks (%5.1f/s)  false stale events %d%n", o.outlet(), o.chunks(),
                    o.chunks() / r.seconds(), o.staleEvents());
        }
        out.printf(Locale.ROOT, "false stale events: %d (target 0)%n", r.staleEvents());
        out.flush();
    }
}
