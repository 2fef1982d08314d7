package org.attend.control;

import java.io.IOException;
import org.attend.stream.Command;

/**
 * Where commands go: stdout, a UDP socket, an LSL marker outlet, a serial port. Sinks are called from the
 * decoding thread, never from acquisition; a slow sink delays decisions but never loses samples.
 */
public interface CommandSink extends AutoCloseable {

    /** Delivers one command. */
    void accept(Command command) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
