package org.attend.lsl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;

/**
 * A pure-Java LSL inlet, wire-compatible with liblsl 1.17 outlets: protocol 1.10 (1.00 when configured or
 * when the stream is older), test-pattern verification, time correction, and recovery: when the connection
 * is lost it re-resolves the stream by source_id, reconnects to the restarted outlet and reports the gap.
 * Received samples wait in a bounded buffer; when it is full the oldest are dropped and counted.
 */
public final class JavaInlet implements LslInlet {

    private static final Logger LOG = LoggerFactory.getLogger(JavaInlet.class);
    /** liblsl waits this long after adopting a restarted outlet before reconnecting. */
    private static final long RECONNECT_DELAY_MILLIS = 500;

    private final LslConfig config;
    private final InletOptions options;
    private final ConsumerQueue<LslSample> buffer;
    /** Changes of the time-correction estimate across a reconnection below this are noise, not a new clock. */
    static final double SAME_CLOCK_SECONDS = 0.02;

    private final Queue<LslGap> gaps = new ConcurrentLinkedQueue<>();
    private final AtomicLong gapLost = new AtomicLong();
    private volatile LslStreamInfo info;
    private volatile FeedClient.Connection connection;
    private volatile LslLostException lost;
    private volatile boolean closed;
    private TimeCorrector corrector;
    private long reportedDropped;
    private Thread reader;

    public JavaInlet(LslStreamInfo info, LslConfig config, InletOptions options) {
        this.info = info;
        this.config = config;
        this.options = options;
        this.buffer = new ConsumerQueue<>(options.bufferSamples(info));
    }

    @Override
    public LslStreamInfo info() {
        return info;
    }

    @Override
    public void open(Duration timeout) throws IOException {
        if (reader != null) {
            return;
        }
        connection = FeedClient.connect(info, config, options, (int) Math.max(1, timeout.toMillis()));
        connection.socket().setSoTimeout(options.watchdogMillis());
        reader = new Thread(this::receive, "lsl-inlet-" + info.name());
        reader.setDaemon(true);
        reader.start();
    }

    private void receive() {
        boolean gapPending = false;
        boolean haveLast = false;
        double lastTs = 0;
        double correctionBefore = 0;
        while (!closed) {
            try {
                LslSample s = connection.reader().read();
                if (gapPending) {
                    double after = correctionNow();
                    // an outlet restarted on the same host keeps its clock: a change of the estimate below
                    // SAME_CLOCK_SECONDS is the estimate's noise (a busy machine delays the probes), and counting
                    // it would miscount the samples missed
                    double shift = Math.abs(after - correctionBefore) < SAME_CLOCK_SECONDS ? 0
                            : after - correctionBefore;
                    recordGap(lastTs + correctionBefore, s.timestamp() + correctionBefore + shift);
                    gapPending = false;
                }
                buffer.push(s);
                lastTs = s.timestamp();
                haveLast = true;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (e instanceof SocketTimeoutException && outletStillAnswers()) {
                    continue;
                }
                closeQuietly(connection);
                if (!options.recover() || info.sourceId().isEmpty()) {
                    lost = new LslLostException("LSL stream '" + info.name() + "' lost ("
                            + (info.sourceId().isEmpty() ? "it has no source_id, so it cannot be recovered"
                            : "recovery is off") + "): " + e.getMessage(), e);
                    buffer.close();
                    return;
                }
                LOG.warn("LSL stream '{}' lost ({}); recovering by source_id '{}'", info.name(), e.getMessage(),
                        info.sourceId());
                correctionBefore = correctionNow();
                if (!recover()) {
                    return;
                }
                gapPending = haveLast;
            }
        }
    }

    /**
     * The watchdog's check after a silent period: whether the outlet we are connected to (same uid) still
     * answers discovery; if it does the silence is just an idle stream and the connection is kept.
     */
    private boolean outletStillAnswers() {
        if (!options.recover() || info.sourceId().isEmpty()) {
            return true;
        }
        try {
            // the recovery query narrowed to our uid: the resolve ends as soon as that outlet answers
            String query = LslQuery.and(LslQuery.recovery(info), LslQuery.byProp("uid", info.uid()));
            return !new JavaResolver(config).resolveQuery(query, 1, Duration.ZERO, Duration.ofSeconds(3), () -> closed)
                    .isEmpty();
        } catch (IOException e) {
            LOG.debug("watchdog resolve for '{}': {}", info.name(), e.toString());
            return true;
        }
    }

    /** Re-resolves by the recovery query until a (restarted) outlet accepts a connection; false once closed. */
    private boolean recover() {
        JavaResolver resolver = new JavaResolver(config);
        for (int attempt = 0; !closed; attempt++) {
            try {
                List<LslStreamInfo> found = resolver.resolveQuery(LslQuery.recovery(info), 1,
                        Duration.ofSeconds(attempt == 0 ? 1 : 5), Duration.ofSeconds(30), () -> closed);
                LslStreamInfo target = null;
                for (LslStreamInfo f : found) {
                    if (f.uid().equals(info.uid())) {
                        target = info;
                    }
                }
                if (target == null && found.size() == 1) {
                    target = found.get(0).withDesc(info.desc());
                    LOG.info("LSL stream '{}' restarted as uid {}", info.name(), target.uid());
                    resetTimeCorrection(target);
                } else if (target == null && found.size() > 1) {
                    LOG.warn("LSL stream '{}': {} outlets match the recovery query; waiting", info.name(), found.size());
                    continue;
                }
                if (target == null) {
                    continue;
                }
                Thread.sleep(RECONNECT_DELAY_MILLIS);
                connection = FeedClient.connect(target, config, options, 5000);
                connection.socket().setSoTimeout(options.watchdogMillis());
                info = target;
                if (closed) {
                    // close() ran while we were connecting and missed this connection
                    closeQuietly(connection);
                }
                return !closed;
            } catch (IOException e) {
                LOG.debug("recovery of '{}': {}", info.name(), e.toString());
                if (!pause()) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Waits before the next recovery attempt after a failure; false when interrupted. */
    private static boolean pause() {
        try {
            Thread.sleep(RECONNECT_DELAY_MILLIS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void recordGap(double lastBefore, double firstAfter) {
        long missed = info.nominalSrate() > 0
                ? Math.max(0, Math.round((firstAfter - lastBefore) * info.nominalSrate()) - 1) : 0;
        gaps.add(new LslGap(lastBefore, firstAfter, missed));
        gapLost.addAndGet(missed);
        LOG.warn("LSL stream '{}' recovered after a gap of {} s ({} samples missed)", info.name(),
                String.format(Locale.ROOT, "%.3f", firstAfter - lastBefore), missed);
    }

    /** The current correction if time correction runs (waiting briefly after a reset), else 0. */
    private double correctionNow() {
        TimeCorrector c;
        synchronized (this) {
            c = corrector;
        }
        if (c == null) {
            return 0;
        }
        try {
            TimeCorrector.Estimate e = c.await(Duration.ofSeconds(2));
            return e == null ? 0 : e.correction();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private synchronized void resetTimeCorrection(LslStreamInfo target) {
        if (corrector != null) {
            corrector.close();
            corrector = new TimeCorrector(serviceEndpoint(target), config.bindAddress());
        }
    }

    private static InetSocketAddress serviceEndpoint(LslStreamInfo i) {
        return new InetSocketAddress(FeedClient.host(i), i.v4servicePort());
    }

    @Override
    public LslSample pull(Duration timeout) throws IOException, InterruptedException {
        LslSample sample = buffer.take(Math.max(0, timeout.toMillis()));
        if (sample == null && lost != null) {
            throw lost;
        }
        return sample;
    }

    @Override
    public List<LslSample> pullAvailable(int max) throws IOException {
        List<LslSample> out = new ArrayList<>();
        LslSample sample;
        while (out.size() < max && (sample = buffer.poll()) != null) {
            out.add(sample);
        }
        if (out.isEmpty() && lost != null) {
            throw lost;
        }
        return out;
    }

    @Override
    public double timeCorrection(Duration timeout) throws IOException, InterruptedException {
        TimeCorrector c;
        synchronized (this) {
            if (corrector == null) {
                corrector = new TimeCorrector(serviceEndpoint(info), config.bindAddress());
            }
            c = corrector;
        }
        TimeCorrector.Estimate e = c.await(timeout);
        if (e == null) {
            throw new IOException("LSL stream '" + info.name() + "': no time-correction reply from "
                    + serviceEndpoint(info) + " within " + timeout.toMillis() + " ms");
        }
        return e.correction();
    }

    @Override
    public synchronized long takeLostSamples() {
        long dropped = buffer.dropped();
        long delta = dropped - reportedDropped;
        reportedDropped = dropped;
        return delta + gapLost.getAndSet(0);
    }

    @Override
    public List<LslGap> takeGaps() {
        List<LslGap> out = new ArrayList<>();
        LslGap g;
        while ((g = gaps.poll()) != null) {
            out.add(g);
        }
        return out;
    }

    @Override
    public LslStreamInfo fullInfo(Duration timeout) throws IOException {
        LslStreamInfo i = info;
        try (Socket s = new Socket()) {
            int ms = (int) Math.max(1, timeout.toMillis());
            s.connect(new InetSocketAddress(FeedClient.host(i), i.v4dataPort()), ms);
            s.setSoTimeout(ms);
            s.getOutputStream().write(WireText.ascii("LSL:fullinfo\r\n"));
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                xml.write(buf, 0, n);
                if (xml.size() > SampleReader.MAX_STRING_BYTES) {
                    throw new LslProtocolException("fullinfo of '" + i.name() + "' exceeds "
                            + SampleReader.MAX_STRING_BYTES + " bytes");
                }
            }
            LslStreamInfo full = InfoXml.parse(xml.toString(StandardCharsets.UTF_8));
            return full.v4address().isEmpty() ? full.withV4Address(i.v4address()) : full;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        closeQuietly(connection);
        synchronized (this) {
            if (corrector != null) {
                corrector.close();
            }
        }
        buffer.close();
        if (reader != null) {
            try {
                reader.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(FeedClient.Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                LOG.trace("close: {}", e.toString());
            }
        }
    }
}
