package org.attend.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.attend.bench.LiveBench;
import org.attend.lsl.LslBackend;
import org.attend.realtime.SessionSummary;
import org.attend.stream.Summary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attend bench live}: {@link LiveBench}, the fail-safe's and the live path's wall-clock budgets. */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = "A live session on loopback LSL whose outlet is killed and restarted: stop after the last "
                + "sample (target <= 250 ms) and decision latency (target p50 < 50 ms).")
public final class BenchLiveCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    LslBackendOption backendOption;

    @Mixin
    QuietOption quiet;

    @Option(names = "--restarts", defaultValue = "20", description = "Outlet kills and restarts (default: ${DEFAULT-VALUE}).")
    int restarts;

    @Option(names = "--pause", paramLabel = "SECONDS", defaultValue = "0.3",
            description = "How long the outlet stays away each time (default: ${DEFAULT-VALUE} s).")
    double pauseSeconds;

    @Override
    public Integer call() throws Exception {
        LiveBench.Plan plan = new LiveBench.Plan(restarts, pauseSeconds);
        LiveBench.Result r;
        try (LslBackend backend = backendOption.open()) {
            r = LiveBench.run(plan, backend);
        }
        PrintWriter out = spec.commandLine().getOut();
        SessionSummary online = r.session().online();
        Summary stop = r.stopAfterLastSampleMillis();
        out.printf(Locale.ROOT, "live %s stream on loopback: %d ch at %.0f Hz in chunks of %d, csp-lda on %.1f s "
                + "windows%n", r.session().streamName(), LiveBench.CHANNELS.size(), LiveBench.RATE_HZ,
                LiveBench.CHUNK_SAMPLES, LiveBench.WINDOW_SECONDS);
        out.printf(Locale.ROOT, "decision latency p50 %.2f ms, p99 %.2f ms over %d windows (target p50 < 50 ms)%n",
                online.latencyMsP50(), online.latencyMsP99(), online.windows());
        out.printf(Locale.ROOT, "stop after the last sample over %d restarts: median %.1f ms, max %.1f ms "
                + "(target <= 250 ms); stale periods %d%n", stop.count(), stop.median(), stop.max(),
                r.session().engine().signalLosses());
        out.flush();
        return 0;
    }
}
