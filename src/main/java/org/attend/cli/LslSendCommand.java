package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attend.format.Recordings;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslStreamInfo;
import org.attend.progress.Progress;
import org.attend.source.LslPlayer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attend lsl send FILE}: a recording re-published as LSL streams at its real rate. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = "Publish a recording (EDF/BDF/XDF/BrainVision) as LSL streams at its real rate: the signal "
                + "as float32 and its events as a marker stream. A stand-in headset.")
public final class LslSendCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    QuietOption quiet;

    @Mixin
    LslBackendOption backendOption;

    @Parameters(paramLabel = "FILE", description = "The recording to publish.")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "Stream name (default: the recording's).")
    String name;

    @Option(names = "--loop", description = "Start over at the end until interrupted.")
    boolean loop;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                main.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (LslBackend backend = backendOption.open();
             LslPlayer player = new LslPlayer(backend, Recordings.read(file), name)) {
            for (LslStreamInfo s : player.streams()) {
                spec.commandLine().getOut().printf(Locale.ROOT, "publishing '%s' (%s, %d ch, %s) source_id=%s via %s%n",
                        s.name(), s.type(), s.channelCount(), Rates.withUnit(s.nominalSrate()),
                        s.sourceId(), backend.name());
            }
            spec.commandLine().getOut().flush();
            do {
                long seconds = (long) Math.ceil(player.durationSeconds());
                try (Progress bar = Progress.start("lsl send", seconds, "s")) {
                    double rate = player.streams().get(0).nominalSrate();
                    player.play(stop::get, sent -> bar.stepTo((long) (sent / rate)));
                    if (!stop.get()) {
                        bar.stepTo(seconds);
                    }
                }
            } while (loop && !stop.get());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return 0;
    }
}
