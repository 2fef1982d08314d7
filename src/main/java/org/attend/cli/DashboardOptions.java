package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.attend.dashboard.Dashboard;
import org.attend.dashboard.DashboardPlan;
import org.attend.dashboard.FrameCounts;
import org.attend.decode.Decoder;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.source.Montage;
import org.attend.source.DeviceProfiles;
import org.attend.stream.StreamInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The live dashboard's flags, shared by {@code run}, {@code replay} and {@code live}. */
final class DashboardOptions {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardOptions.class);

    @Option(names = "--dashboard", description = "Open the live operator dashboard in a window (needs a display).")
    boolean window;

    @Option(names = "--dashboard-png", paramLabel = "FILE.png",
            description = "Write the dashboard to this PNG at the end of the session (no display needed).")
    Path png;

    @Option(names = "--dashboard-every", paramLabel = "SECONDS",
            description = "Also rewrite the --dashboard-png file every SECONDS during the session.")
    Double everySeconds;

    @Option(names = "--dashboard-scale", paramLabel = "common|channel", defaultValue = "common",
            description = "Trace scale: one µV scale for all channels, or each channel to its own range "
                    + "(default: ${DEFAULT-VALUE}).")
    String scale;

    /** Whether any dashboard output is asked for. */
    boolean wanted() {
        return window || png != null || everySeconds != null;
    }

    /**
     * The dashboard as a session output, its plan checked now (before the session starts): it draws
     * {@code stream} and {@code decoder}'s channels and classes, and reports its frame counts on {@code out}
     * when it closes. Its line-noise check is at the session's mains frequency.
     */
    SessionOutput output(StreamInfo stream, Decoder decoder, PrintWriter out, boolean json) {
        if (!scale.equals("common") && !scale.equals("channel")) {
            throw new IllegalArgumentException("--dashboard-scale must be common or channel, got '" + scale + "'");
        }
        DashboardPlan.Builder plan = DashboardPlan.builder()
                .setStream(stream)
                .setDecoder(decoder.name(), decoder.contract().channels(), decoder.contract().classes())
                .optWindow(window)
                .optPng(png, everySeconds == null ? 0 : everySeconds)
                .optCommonScale(scale.equals("common"));
        try {
            Montage montage = Montage.of(stream, DeviceProfiles.load(AttendHome.resolve("devices")));
            plan.optMontage(montage);
        } catch (IOException e) {
            LOG.warn("dashboard: no electrode positions ({}); head maps are left out", e.getMessage());
        }
        plan.build(); // checked now, before the session starts
        return (context, registry) -> {
            Dashboard dashboard = Dashboard.open(plan.optMainsHz(context.mainsHz()).build());
            registry.listener(dashboard);
            // closed after the dashboard (listeners close in order), before the session prints its summary
            registry.listener(new SessionListener() {
                @Override
                public void close() {
                    report(dashboard, out, json);
                }
            });
        };
    }

    /** How many frames the closed dashboard drew and skipped (a JSON line with --json). */
    private static void report(Dashboard dashboard, PrintWriter out, boolean json) {
        FrameCounts f = dashboard.frames();
        Path picture = dashboard.plan().png();
        if (json) {
            out.printf(Locale.ROOT, "{\"type\":\"dashboard\",\"frames\":%d,\"skipped_frames\":%d,"
                    + "\"pictures\":%d}%n", f.rendered(), f.skipped(), f.pngs());
        } else {
            out.printf(Locale.ROOT, "dashboard: %d frames drawn, %d skipped; %d picture(s)%s%n", f.rendered(),
                    f.skipped(), f.pngs(), picture != null ? " written to " + picture : "");
        }
        out.flush();
    }
}
