package org.attend.control;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attend.stream.Command;

/** Sends each command as one UDP datagram holding a JSON object (see {@link CommandJson}). */
public final class UdpJsonSink implements ControlOutput {

    private final DatagramSocket socket;
    private final InetSocketAddress target;

    /** Sends to {@code host:port} (default host 127.0.0.1) from an ephemeral loopback-bound port. */
    public UdpJsonSink(InetSocketAddress target) throws IOException {
        if (target.isUnresolved()) {
            throw new IOException("cannot resolve UDP target host " + target.getHostString());
        }
        this.target = target;
        this.socket = new DatagramSocket();
    }

    /** Parses {@code host:port} or {@code port} (see {@link Endpoints#target}). */
    public static InetSocketAddress parseTarget(String spec) {
        return Endpoints.target(spec, "UDP target");
    }

    @Override
    public void accept(Command command) throws IOException {
        byte[] bytes = CommandJson.of(command, Map.of()).getBytes(StandardCharsets.UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, target));
    }

    @Override
    public void close() {
        socket.close();
    }
}
