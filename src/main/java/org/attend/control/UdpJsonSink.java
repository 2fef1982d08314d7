package org.attend.control;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attend.stream.Command;

/** Sends each command as one UDP datagram holding a JSON object (see {@link CommandJson}). */
public final class UdpJsonSink implements CommandSink {

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

    /** Parses {@code host:port} or {@code port}. */
    public static InetSocketAddress parseTarget(String spec) {
        String host = "127.0.0.1";
        String port = spec;
        int colon = spec.lastIndexOf(':');
        if (colon >= 0) {
            host = spec.substring(0, colon);
            port = spec.substring(colon + 1);
        }
        try {
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return new InetSocketAddress(host, p);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("UDP target must be host:port with a port in 1..65535, got '"
                    + spec + "'");
        }
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
