package org.attend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.attend.dashboard.Dashboard;
import org.attend.dashboard.DashboardPlan;
import org.attend.dashboard.FrameCounts;
import org.attend.control.PolicyState;
import org.attend.decode.Decoder;
import org.attend.realtime.SessionListener;
import org.attend.realtime.SessionOutput;
import org.attend.source.Montage;
import org.attend.stream.StreamHealth;
import org.attend.source.DeviceProfiles;
import org.attend.stream.Chunk;
import org.attend.stream.Command;
import org.attend.stream.Marker;
import org.attend.stream.Prediction;
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
        return SessionOutput.listener(context -> new Reported(Dashboard.open(plan.optMainsHz(context.mainsHz())
                .build()), out, json));
    }

    /**
     * The dashboard, saying how many frames it drew and skipped once it has closed: the session closes its
     * listeners before it prints the summary, so this line comes just before it (a JSON line with --json).
     */
    private static final class Reported implements SessionListener {
        private final Dashboard dashboard;
        private final PrintWriter out;
        private final boolean json;

        Reported(Dashboard dashboard, PrintWriter out, boolean json) {
            this.dashboard = dashboard;
            this.out = out;
            this.json = json;
        }

        @Override
        public void onChunk(Chunk raw, List<Marker> markers) {
            dashboard.onChunk(raw, markers);
        }

        @Override
        public void onPrediction(Prediction prediction) {
            dashboard.onPrediction(prediction);
        }

        @Override
        public void onCommand(Command command) {
            dashboard.onCommand(command);
        }

        @Override
        public void onPolicyState(PolicyState state) {
            dashboard.onPolicyState(state);
        }

        @Override
        public void onHealth(StreamHealth health) {
            dashboard.onHealth(health);
        }

        @Override
        public void close() throws IOException {
            try {
                dashboard.close();
            } finally {
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
    }
}
