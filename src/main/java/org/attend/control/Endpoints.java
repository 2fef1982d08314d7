package org.attend.control;

import java.net.InetSocketAddress;

/** Parses the {@code [host:]port} addresses of network outputs. */
public final class Endpoints {

    /** The host an address without one means: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    private Endpoints() {
    }

    /**
     * A target to send to: {@code host:port} or {@code port} (host 127.0.0.1), resolved, port 1..65535;
     * {@code what} names the option in the one-line error, e.g. {@code "--osc"}.
     */
    public static InetSocketAddress target(String spec, String what) {
        return parse(spec, what, 1);
    }

    /** An address to listen on: as {@link #target}, but port 0 asks for any free port. */
    public static InetSocketAddress listen(String spec, String what) {
        return parse(spec, what, 0);
    }

    private static InetSocketAddress parse(String spec, String what, int minPort) {
        String host = LOOPBACK;
        String port = spec;
        int colon = spec.lastIndexOf(':');
        if (colon >= 0) {
            host = spec.substring(0, colon);
            port = spec.substring(colon + 1);
        }
        int p;
        try {
            p = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < minPort || p > 65535 || host.isEmpty()) {
            throw new IllegalArgumentException(what + " must be [host:]port with a port in " + minPort
                    + "..65535, got '" + spec + "'");
        }
        InetSocketAddress address = new InetSocketAddress(host, p);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException(what + ": cannot resolve host '" + host + "'");
        }
        return address;
    }
}
