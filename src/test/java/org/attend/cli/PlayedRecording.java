package org.attend.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.attend.format.Recordings;
import org.attend.lsl.JavaBackend;
import org.attend.source.LslPlayer;
import org.attend.testing.TestFiles;

/** A recording sent over LSL on loopback (the Java backend) as a headset sends it, from a thread, until closed. */
final class PlayedRecording implements AutoCloseable {

    private final LslPlayer player;
    private final Thread playing;

    /** Starts sending {@code recording} as the stream {@code name} (and its markers as {@code name-Markers}). */
    PlayedRecording(Path recording, String name) throws IOException {
        player = new LslPlayer(new JavaBackend(TestFiles.loopbackLsl()), Recordings.read(recording), name);
        playing = new Thread(() -> {
            try {
                player.play(() -> Thread.currentThread().isInterrupted(), sent -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        playing.start();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        playing.interrupt();
        playing.join(5000);
        player.close();
    }
}
