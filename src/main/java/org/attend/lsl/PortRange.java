package org.attend.lsl;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;

/** Binds sockets as liblsl does: the first free port of BasePort..BasePort+PortRange-1, else an ephemeral one. */
final class PortRange {

    private PortRange() {
    }

    static ServerSocket tcp(LslConfig config) throws IOException {
        for (int p = config.basePort(); p < config.basePort() + config.portRange(); p++) {
            ServerSocket s = new ServerSocket();
            try {
                s.bind(new InetSocketAddress(config.bindAddress(), p), 50);
                return s;
            } catch (BindException e) {
                s.close();
            }
        }
        return ephemeral(config, () -> {
            ServerSocket s = new ServerSocket();
            s.bind(new InetSocketAddress(config.bindAddress(), 0), 50);
            return s;
        });
    }

    static DatagramSocket udp(LslConfig config) throws IOException {
        for (int p = config.basePort(); p < config.basePort() + config.portRange(); p++) {
            try {
                return new DatagramSocket(new InetSocketAddress(config.bindAddress(), p));
            } catch (BindException e) {
                // taken: try the next one
            } catch (SocketException e) {
                if (!(e.getCause() instanceof BindException) && !String.valueOf(e.getMessage()).contains("in use")) {
                    throw e;
                }
            }
        }
        return ephemeral(config, () -> new DatagramSocket(new InetSocketAddress(config.bindAddress(), 0)));
    }

    private interface Binder<T> {
        T bind() throws IOException;
    }

    private static <T> T ephemeral(LslConfig config, Binder<T> binder) throws IOException {
        if (!config.allowRandomPorts()) {
            throw new BindException("all LSL ports " + config.basePort() + ".."
                    + (config.basePort() + config.portRange() - 1) + " are in use and AllowRandomPorts is off");
        }
        return binder.bind();
    }
}
