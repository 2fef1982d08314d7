package org.attend.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslQuery;
import org.attend.realtime.PreflightException;
import org.attend.realtime.SessionDefaults;
import org.attend.source.DeviceProfile;
import org.attend.source.DeviceProfiles;
import org.attend.source.LslCueSource;
import org.attend.source.LslSource;
import org.attend.source.RelabeledSource;
import org.attend.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code attend live}: the real-time path on a headset's LSL stream. Decodes with a trained model, or
 * calibrates first on the cues of an LSL marker stream; publishes commands and predictions as LSL streams.
 */
@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Decode a live LSL EEG stream and emit commands (LSL markers, stdout, UDP).",
            "Use --model DIR, or --markers QUERY to calibrate on a stimulus program's cues first."})
public final class LiveCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--lsl", paramLabel = "QUERY", defaultValue = "type='EEG'",
            description = "LSL query of the EEG stream (default: ${DEFAULT-VALUE}).")
    String query;

    @Option(names = "--markers", paramLabel = "QUERY",
            description = "LSL query of a cue marker stream: ground truth for calibration and scoring.")
    String markers;

    @Option(names = "--classes", split = ",", paramLabel = "CLASS", defaultValue = "left,right",
            description = "Cue labels to calibrate on (default: ${DEFAULT-VALUE}).")
    List<String> classes;

    @Option(names = "--resolve-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to look for the streams (default: ${DEFAULT-VALUE} s).")
    double resolveSeconds;

    @Mixin
    DevicesOption devices;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        PreflightException.require(session.model != null || markers != null, "live decoding needs a trained model "
                + "(--model DIR) or cues to calibrate on (--markers QUERY)");
        PreflightException.require(resolveSeconds > 0, "resolve timeout must be positive, got " + resolveSeconds
                + " s");
        SessionPreflight.check(session, Double.NaN);
        LslQuery.check(query);
        if (markers != null) {
            LslQuery.check(markers);
        }
        if (session.lslOut == null) {
            session.lslOut = true;
        }
        Duration timeout = Duration.ofMillis((long) (resolveSeconds * 1000));
        LslBackend backend = session.lslBackend.open();
        try (Source source = open(backend, timeout)) {
            session.run(session.plan(source, classes, SessionDefaults.CUED_TRIAL_SECONDS,
                    SessionDefaults.CALIBRATION_TRIALS_PER_CLASS, spec.commandLine().getOut()).build());
        }
        return 0;
    }

    private Source open(LslBackend backend, Duration timeout) throws Exception {
        Source source = LslSource.open(backend, query, timeout);
        DeviceProfiles profiles = devices.load();
        Optional<DeviceProfile> profile = profiles.match(source.info());
        if (profile.isPresent()) {
            DeviceProfile p = profile.get();
            LOG.info("stream '{}' matches device profile {}", source.info().name(), p.name());
            if (source.info().channels().label(0).equals("Ch1")) {
                source = new RelabeledSource(source, p.layout()); // the stream publishes no labels
            }
        } else {
            LOG.info("stream '{}' matches no device profile; using its own channel labels", source.info().name());
        }
        if (markers == null) {
            return source;
        }
        try {
            return LslCueSource.open(source, backend, markers, timeout);
        } catch (Exception e) {
            source.close();
            throw e;
        }
    }
}
