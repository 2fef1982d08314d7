package org.attend.lsl;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time correction against one outlet (PROTOCOL.md 10): waves of 8 {@code LSL:timedata} probes 64 ms apart,
 * every 2 s; a wave with at least 6 replies publishes the estimate of the probe with the lowest round trip.
 */
final class TimeCorrector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TimeCorrector.class);
    static final int PROBE_COUNT = 8;
    static final long PROBE_INTERVAL_NANOS = 64_000_000L;
    static final long PROBE_MAX_RTT_NANOS = 128_000_000L;
    static final int MIN_PROBES = 6;
    static final long UPDATE_INTERVAL_NANOS = 2_000_000_000L;

    /**
     * One published estimate.
     *
     * @param correction seconds to add to the outlet's timestamps to get local time (-offset)
     * @param rtt        round trip of the probe it came from, seconds (its uncertainty)
     * @param remoteTime outlet clock at that probe, (t1 + t2) / 2
     */
    record Estimate(double correction, double rtt, double remoteTime) {
    }

    /** One answered probe: t0 and t3 local, t1 and t2 remote. */
    record Probe(double t0, double t1, double t2, double t3) {
        double rtt() {
            return (t3 - t0) - (t2 - t1);
        }

        double offset() {
            return ((t1 - t0) + (t2 - t3)) / 2;
        }
    }

    private final InetSocketAddress target;
    private final String bindAddress;
    private final Thread thread;
    private volatile Estimate latest;
    private volatile boolean closed;

    TimeCorrector(InetSocketAddress serviceEndpoint, String bindAddress) {
        this.target = serviceEndpoint;
        this.bindAddress = bindAddress;
        this.thread = new Thread(this::loop, "lsl-time-" + serviceEndpoint.getPort());
        thread.setDaemon(true);
        thread.start();
    }

    /** The estimate from the probes of one wave: the lowest-RTT probe, or null with fewer than 6. */
    static Estimate best(List<Probe> probes) {
        if (probes.size() < MIN_PROBES) {
            return null;
        }
        Probe best = probes.get(0);
        for (Probe p : probes) {
            if (p.rtt() < best.rtt()) {
                best = p;
            }
        }
        return new Estimate(-best.offset(), best.rtt(), (best.t1 + best.t2) / 2);
    }

    /** The latest estimate, waiting up to {@code timeout} for the first; null if none came. */
    Estimate await(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (latest == null && !closed && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return latest;
    }

    Estimate latest() {
        return latest;
    }

    private void loop() {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bindAddress, 0))) {
            while (!closed) {
                long start = System.nanoTime();
                Estimate e = best(wave(socket));
                if (e != null) {
                    latest = e;
                } else {
                    LOG.debug("time probes to {}: too few replies", target);
                }
                long sleep = start + UPDATE_INTERVAL_NANOS - System.nanoTime();
                if (sleep > 0) {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                }
            }
        } catch (IOException e) {
            LOG.debug("time correction against {} stopped: {}", target, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Probe> wave(DatagramSocket socket) throws IOException {
        String waveId = Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
        List<Probe> probes = new ArrayList<>();
        byte[] buf = new byte[512];
        long start = System.nanoTime();
        for (int i = 0; i <= PROBE_COUNT && !closed; i++) {
            if (i < PROBE_COUNT) {
                byte[] q = ("LSL:timedata\r\n" + waveId + " " + LslNumbers.plain16(LslClock.now()) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                socket.send(new DatagramPacket(q, q.length, target));
            }
            long until = start + (i < PROBE_COUNT ? (i + 1) * PROBE_INTERVAL_NANOS
                    : PROBE_COUNT * PROBE_INTERVAL_NANOS + PROBE_MAX_RTT_NANOS);
            long wait;
            while ((wait = until - System.nanoTime()) > 0) {
                socket.setSoTimeout((int) Math.max(1, wait / 1_000_000));
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(p);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                double t3 = LslClock.now();
                Probe probe = parse(new String(p.getData(), 0, p.getLength(), StandardCharsets.US_ASCII), waveId, t3);
                if (probe != null) {
                    probes.add(probe);
                }
            }
        }
        return probes;
    }

    /** A reply {@code " <wave> <t0> <t1> <t2>"} of this wave, or null. */
    static Probe parse(String reply, String waveId, double t3) {
        String[] f = reply.trim().split("\\s+");
        if (f.length != 4 || !f[0].equals(waveId)) {
            return null;
        }
        try {
            return new Probe(Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), t3);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
