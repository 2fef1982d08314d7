package org.attend.control;

import java.io.IOException;
import org.attend.stream.ChannelFormat;
import org.attend.lsl.LslBackend;
import org.attend.lsl.LslOutlet;
import org.attend.lsl.LslStreamInfo;
import org.attend.stream.Command;

/**
 * Publishes commands as an LSL string marker stream (one channel, irregular rate), stamped on the LSL clock
 * when emitted, so that other LSL applications (and recorders) can react to and log them.
 */
public final class LslMarkerSink implements CommandSink {

    private final LslOutlet outlet;

    /** A marker outlet named {@code name} (type {@code Markers}, source_id {@code attend-commands-<name>}). */
    public LslMarkerSink(LslBackend backend, String name) throws IOException {
        this.outlet = backend.outlet(LslStreamInfo.create(name, "Markers", 1, ChannelFormat.STRING, 0,
                "attend-commands-" + name));
    }

    /** The published stream. */
    public LslStreamInfo info() {
        return outlet.info();
    }

    @Override
    public void accept(Command command) {
        outlet.pushSample(new String[] {command.name()});
    }

    @Override
    public void close() throws IOException {
        outlet.close();
    }
}
