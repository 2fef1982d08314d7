package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.attend.dashboard.Dashboard;
import org.attend.dashboard.DashboardPlan;
import org.attend.dashboard.Montage;
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
     * The dashboard these options ask for, or null for none.
     *
     * @param mainsHz the session's notch frequency (the line-noise check uses 50 or 60 Hz, else 50)
     */
    Dashboard open(StreamInfo stream, String decoderName, List<String> decoderChannels, List<String> classes,
                   double mainsHz) {
        if (!wanted()) {
            return null;
        }
        if (!scale.equals("common") && !scale.equals("channel")) {
            throw new IllegalArgumentException("--dashboard-scale must be common or channel, got '" + scale + "'");
        }
        DashboardPlan.Builder plan = DashboardPlan.builder()
                .setStream(stream)
                .setDecoder(decoderName, decoderChannels, classes)
                .optWindow(window)
                .optPng(png, everySeconds == null ? 0 : everySeconds)
                .optCommonScale(scale.equals("common"))
                .optMainsHz(mainsHz == 60 ? 60 : 50);
        try {
            Montage montage = Montage.of(stream, DeviceProfiles.load(AttendHome.resolve("devices")));
            plan.optPositions(montage.positions(), montage.name());
        } catch (IOException e) {
            LOG.warn("dashboard: no electrode positions ({}); head maps are left out", e.getMessage());
        }
        return Dashboard.open(plan.build());
    }
}
