package org.attend.lsl;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.attend.stream.ChannelFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import java.util.ArrayList;

/**
 * A pure-Java LSL outlet, wire-compatible with liblsl 1.17: a TCP data server (protocol 1.10, and 1.00 when
 * asked), a UDP service port answering shortinfo and timedata, and a discovery responder on the multicast
 * port. Under a loopback-only configuration every socket binds 127.0.0.1 and no group is joined.
 */
public final class JavaOutlet implements LslOutlet {

    private static final Logger LOG = LoggerFactory.getLogger(JavaOutlet.class);
    /** liblsl's default {@code max_buffered}: seconds of data kept per consumer. */
    public static final double DEFAULT_MAX_BUFFERED_SECONDS = 360;
    /** How long {@link #close()} lets connected inlets receive what was already pushed. */
    static final long CLOSE_GRACE_MILLIS = 500;
    /**
     * Default cap on concurrent TCP connections (feeds and info requests) per outlet: each has a thread, so idle
     * connections must not multiply them without bound. A session has a handful of inlets (recorder, decoder,
     * viewer); a connection beyond the cap is closed at once and logged.
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 32;
    /** Refused connections are logged at most once per this many ms (with the count since the last line). */
    private static final long REFUSAL_LOG_MILLIS = 1000;

    private final LslStreamInfo info;
    private final Document shortInfoDocument;
    private final ServerSocket server;
    private final DatagramSocket service;
    private final DatagramSocket discovery;
    private final int bufferSamples;
    private final List<ConsumerQueue<ConsumerQueue.Item>> consumers = new CopyOnWriteArrayList<>();
    private final List<Socket> sessions = new CopyOnWriteArrayList<>();
    private final int maxConnections;
    private volatile long refused;
    private long lastRefusalLog = Long.MIN_VALUE;
    private volatile boolean closed;

    /** An outlet with liblsl's default buffering under the given configuration. */
    public JavaOutlet(LslStreamInfo spec, LslConfig config) throws IOException {
        this(spec, config, DEFAULT_MAX_BUFFERED_SECONDS);
    }

    /**
     * An outlet that serves at most {@value #DEFAULT_MAX_CONNECTIONS} connections at once.
     *
     * @param spec               the stream to publish (its uid and desc are kept; ports are assigned here)
     * @param config             ports, scope, session
     * @param maxBufferedSeconds how much data a slow inlet may fall behind before the oldest is dropped
     */
    public JavaOutlet(LslStreamInfo spec, LslConfig config, double maxBufferedSeconds) throws IOException {
        this(spec, config, maxBufferedSeconds, DEFAULT_MAX_CONNECTIONS);
    }

    /**
     * @param spec               the stream to publish (its uid and desc are kept; ports are assigned here)
     * @param config             ports, scope, session
     * @param maxBufferedSeconds how much data a slow inlet may fall behind before the oldest is dropped
     * @param maxConnections     most TCP connections served at once; one more is closed on arrival
     */
    public JavaOutlet(LslStreamInfo spec, LslConfig config, double maxBufferedSeconds, int maxConnections)
            throws IOException {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("an outlet serves at least one connection, got " + maxConnections);
        }
        this.maxConnections = maxConnections;
        if (config.ipv6() == LslConfig.IpMode.FORCE) {
            throw new IOException("IPv6 = force is not supported by the Java LSL backend (it serves IPv4)");
        }
        this.server = PortRange.tcp(config);
        try {
            this.service = PortRange.udp(config);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        this.info = spec.withEndpoints(config.sessionId(), server.getLocalPort(), service.getLocalPort());
        this.shortInfoDocument = InfoXml.parseDocument(InfoXml.shortInfo(info));
        double rate = info.nominalSrate() > 0 ? info.nominalSrate() : 100;
        this.bufferSamples = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.ceil(maxBufferedSeconds * rate)));
        this.discovery = openDiscovery(config);
        warnAboutPorts(config);
        start("lsl-accept-" + info.name(), this::acceptLoop);
        start("lsl-service-" + info.name(), new ServiceResponder(service, this, true));
        if (discovery != null) {
            start("lsl-discovery-" + info.name(), new ServiceResponder(discovery, this, false));
        }
        LOG.debug("outlet '{}' uid {} on {}:{} (TCP) / {} (UDP)", info.name(), info.uid(), config.bindAddress(),
                info.v4dataPort(), info.v4servicePort());
    }

    /**
     * Says when a resolver may not find this outlet: its ports fell outside LSL's range (every port of it was
     * taken), which scans of the range (KnownPeers) miss, or the discovery port could not be bound.
     */
    private void warnAboutPorts(LslConfig config) {
        int last = config.basePort() + config.portRange() - 1;
        for (int port : new int[] {server.getLocalPort(), service.getLocalPort()}) {
            if (port < config.basePort() || port > last) {
                LOG.warn("outlet '{}': every LSL port {}..{} is taken, so it listens on port {}; resolvers that "
                        + "scan the range (KnownPeers) will not find it", info.name(), config.basePort(), last, port);
                break;
            }
        }
        if (discovery == null) {
            LOG.warn("outlet '{}': the discovery port {} could not be bound; only queries sent to its own port {} "
                    + "find it", info.name(), config.multicastPort(), service.getLocalPort());
        }
    }

    /** The shared discovery socket on the multicast port; null when it cannot be bound (others still answer). */
    private static DatagramSocket openDiscovery(LslConfig config) {
        try {
            if (config.resolveScope() == ResolveScope.MACHINE) {
                DatagramSocket s = new DatagramSocket(null);
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(config.bindAddress(), config.multicastPort()));
                return s;
            }
            MulticastSocket s = new MulticastSocket(null);
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(config.multicastPort()));
            for (String target : config.resolveScope().ipv4Targets()) {
                InetAddress a = InetAddress.getByName(target);
                if (a.isMulticastAddress()) {
                    s.joinGroup(new InetSocketAddress(a, 0), null);
                }
            }
            return s;
        } catch (IOException e) {
            LOG.debug("discovery port {} not bound", config.multicastPort(), e);
            return null;
        }
    }

    private static void start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                if (sessions.size() >= maxConnections) {
                    refuse(s);
                    continue;
                }
                sessions.add(s);
                start("lsl-session-" + info.name(), () -> {
                    try {
                        new FeedSession(s, this).run();
                    } finally {
                        sessions.remove(s);
                    }
                });
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("accept on '{}': {}", info.name(), e.toString());
                }
            }
        }
    }

    /** Closes a connection beyond the cap; one log line per second at most, counting those not logged. */
    private void refuse(Socket s) {
        String from = String.valueOf(s.getRemoteSocketAddress());
        try {
            s.close();
        } catch (IOException e) {
            LOG.debug("closing a refused connection: {}", e.toString());
        }
        refused++;
        long now = System.nanoTime() / 1_000_000;
        if (lastRefusalLog == Long.MIN_VALUE || now - lastRefusalLog >= REFUSAL_LOG_MILLIS) {
            LOG.warn("outlet '{}': refused the connection of {}: {} connections are open, the most one outlet serves "
                    + "({} refused so far)", info.name(), from, maxConnections, refused);
            lastRefusalLog = now;
        }
    }

    /** Connections closed on arrival because {@code maxConnections} were open. */
    long refusedConnections() {
        return refused;
    }

    @Override
    public LslStreamInfo info() {
        return info;
    }

    /** The local addresses of this outlet's sockets: data, service and (if bound) discovery. */
    List<InetSocketAddress> boundAddresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        out.add((InetSocketAddress) server.getLocalSocketAddress());
        out.add((InetSocketAddress) service.getLocalSocketAddress());
        if (discovery != null) {
            out.add((InetSocketAddress) discovery.getLocalSocketAddress());
        }
        return out;
    }

    /** Whether a resolve predicate matches this stream (XPath on its shortinfo). */
    boolean matches(String predicate) {
        synchronized (shortInfoDocument) {
            return LslQuery.matches(shortInfoDocument, predicate);
        }
    }

    ConsumerQueue<ConsumerQueue.Item> addConsumer(int maxBufferSamples) {
        ConsumerQueue<ConsumerQueue.Item> q = new ConsumerQueue<>(Math.min(maxBufferSamples, bufferSamples));
        if (closed) {
            q.close();
        }
        consumers.add(q);
        return q;
    }

    void removeConsumer(ConsumerQueue<ConsumerQueue.Item> q) {
        consumers.remove(q);
    }

    @Override
    public int consumerCount() {
        return consumers.size();
    }

    /** Samples dropped so far because an inlet fell more than its buffer behind. */
    public long droppedSamples() {
        return consumers.stream().mapToLong(ConsumerQueue::dropped).sum();
    }

    @Override
    public void pushSample(Object values, double timestamp, boolean pushthrough) {
        check(values);
        double ts = timestamp == 0.0 ? LslClock.now() : timestamp;
        ConsumerQueue.Item item = new ConsumerQueue.Item(ts, values, pushthrough);
        for (ConsumerQueue<ConsumerQueue.Item> q : consumers) {
            q.push(item);
        }
    }

    @Override
    public void pushChunk(List<?> samples, double lastTimestamp) {
        if (samples.isEmpty()) {
            return;
        }
        double last = lastTimestamp == 0.0 ? LslClock.now() : lastTimestamp;
        double first = last - (samples.size() - 1) * info.samplePeriod();
        for (int i = 0; i < samples.size(); i++) {
            pushSample(samples.get(i), i == 0 ? first : LslSample.DEDUCED, i == samples.size() - 1);
        }
    }

    @Override
    public void pushChunk(List<?> samples, double[] timestamps) {
        if (samples.size() != timestamps.length) {
            throw new IllegalArgumentException(samples.size() + " samples but " + timestamps.length + " timestamps");
        }
        for (int i = 0; i < samples.size(); i++) {
            pushSample(samples.get(i), timestamps[i], i == samples.size() - 1);
        }
    }

    private void check(Object values) {
        if (ChannelFormat.ofArray(values) != info.format()) {
            throw new IllegalArgumentException("stream '" + info.name() + "' is " + info.format().xmlName()
                    + " but the sample is " + (values == null ? "null" : values.getClass().getSimpleName()));
        }
        int n = java.lang.reflect.Array.getLength(values);
        if (n != info.channelCount()) {
            throw new IllegalArgumentException("stream '" + info.name() + "' has " + info.channelCount()
                    + " channels but the sample has " + n);
        }
    }

    /**
     * Stops serving. Samples already pushed are still written to connected inlets (their sessions drain and
     * end), for at most {@link #CLOSE_GRACE_MILLIS}; then every remaining connection is closed.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        consumers.forEach(ConsumerQueue::close);
        server.close();
        service.close();
        if (discovery != null) {
            discovery.close();
        }
        long end = System.nanoTime() + CLOSE_GRACE_MILLIS * 1_000_000L;
        while (!sessions.isEmpty() && System.nanoTime() < end) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Socket s : sessions) {
            s.close();
        }
    }
}
