package org.attend.lsl;

import java.io.Closeable;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code LSL:shortinfo} query waves and collects replies (PROTOCOL.md 4): a "multicast" wave to the
 * scope's addresses at the multicast port, and, with KnownPeers, a unicast wave over the port range of every
 * peer, 0.5 s later. In machine scope the only target is 127.0.0.1.
 */
final class ResolveAttempt implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ResolveAttempt.class);
    /** liblsl's MulticastMinRTT and UnicastMinRTT, seconds. */
    static final double MULTICAST_MIN_RTT = 0.5;
    static final double UNICAST_MIN_RTT = 0.75;

    private final DatagramSocket socket;
    private final byte[] query;
    private final String queryId;
    private final Set<String> seen = new HashSet<>();
    private final List<InetSocketAddress> multicastWave;
    private final List<InetSocketAddress> unicastWave;

    ResolveAttempt(LslConfig config, String predicate) throws IOException {
        if (predicate.indexOf('\n') >= 0 || predicate.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("an LSL query must be a single line: '" + predicate + "'");
        }
        this.socket = PortRange.udp(config);
        if (config.resolveScope() != ResolveScope.MACHINE) {
            socket.setBroadcast(true);
            try {
                socket.setOption(StandardSocketOptions.IP_MULTICAST_TTL, config.resolveScope().ttl());
            } catch (UnsupportedOperationException e) {
                LOG.debug("multicast TTL not settable: {}", e.toString());
            }
        }
        this.multicastWave = config.resolveScope().ipv4Targets().stream()
                .map(a -> new InetSocketAddress(a, config.multicastPort())).toList();
        List<InetSocketAddress> unicast = new ArrayList<>();
        for (String peer : config.knownPeers()) {
            for (int p = config.basePort(); p < config.basePort() + config.portRange(); p++) {
                unicast.add(new InetSocketAddress(peer, p));
            }
        }
        this.unicastWave = List.copyOf(unicast);
        this.queryId = Long.toUnsignedString(fnv1a(predicate));
        this.query = ("LSL:shortinfo\r\n" + predicate + "\r\n" + socket.getLocalPort() + " " + queryId + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Where the first wave goes: the scope's addresses at the multicast port. */
    List<InetSocketAddress> multicastWave() {
        return multicastWave;
    }

    /** Where the second wave goes: every known peer's port range. */
    List<InetSocketAddress> unicastWave() {
        return unicastWave;
    }

    /** The query datagram as sent (tests). */
    byte[] queryBytes() {
        return query.clone();
    }

    /**
     * Sends waves and hands each newly seen stream (by uid) to {@code sink} until {@code stop} is true or the
     * deadline passes.
     *
     * @param extraPeriodSeconds added to the wave period (a continuous resolver's interval)
     */
    void run(double extraPeriodSeconds, long deadlineNanos, BooleanSupplier stop, Consumer<LslStreamInfo> sink)
            throws IOException {
        boolean peers = !unicastWave.isEmpty();
        long period = (long) ((MULTICAST_MIN_RTT + (peers ? UNICAST_MIN_RTT : 0) + extraPeriodSeconds) * 1e9);
        long now = System.nanoTime();
        long nextMulticast = now;
        long nextUnicast = peers ? now + (long) (MULTICAST_MIN_RTT * 1e9) : Long.MAX_VALUE;
        byte[] buf = new byte[65536];
        while (!stop.getAsBoolean() && (now = System.nanoTime()) < deadlineNanos) {
            if (now >= nextMulticast) {
                multicastWave.forEach(this::send);
                nextMulticast += period;
            }
            if (now >= nextUnicast) {
                unicastWave.forEach(this::send);
                nextUnicast += period;
            }
            long wait = Math.min(Math.min(nextMulticast, nextUnicast), deadlineNanos) - System.nanoTime();
            socket.setSoTimeout((int) Math.max(1, Math.min(100, wait / 1_000_000)));
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (SocketTimeoutException e) {
                continue;
            }
            LslStreamInfo info = parseReply(new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8),
                    p.getAddress());
            if (info != null && seen.add(info.uid())) {
                sink.accept(info);
            }
        }
    }

    private void send(InetSocketAddress target) {
        try {
            socket.send(new DatagramPacket(query, query.length, target));
        } catch (IOException e) {
            LOG.debug("query to {} not sent: {}", target, e.toString());
        }
    }

    /** A reply's stream info with its source address filled in, or null if it is not for this query. */
    LslStreamInfo parseReply(String text, InetAddress from) {
        int eol = text.indexOf('\n');
        if (eol < 0 || !text.substring(0, eol).trim().equals(queryId)) {
            return null;
        }
        try {
            LslStreamInfo info = InfoXml.parse(text.substring(eol + 1));
            return info.v4address().isEmpty() ? info.withV4Address(from.getHostAddress()) : info;
        } catch (LslProtocolException e) {
            LOG.warn("ignoring a bad discovery reply from {}: {}", from.getHostAddress(), e.getMessage());
            return null;
        }
    }

    /** A stable 64-bit id per query string (liblsl uses std::hash; any token without spaces works). */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public void close() {
        socket.close();
    }
}
