package org.attend.lsl;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps resolving in the background (liblsl's continuous resolver): waves repeat with an extra 0.5 s
 * interval, and a stream not seen for {@code forgetAfter} drops out of {@link #results()}.
 */
public final class ContinuousResolver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContinuousResolver.class);
    /** liblsl's ContinuousResolveInterval, seconds. */
    static final double INTERVAL = 0.5;

    private record Seen(LslStreamInfo info, long atNanos) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final long forgetNanos;
    private final Thread thread;
    private volatile boolean closed;

    ContinuousResolver(LslConfig config, String query, Duration forgetAfter) throws IOException {
        this.forgetNanos = forgetAfter.toNanos();
        ResolveAttempt first = new ResolveAttempt(config, query);
        this.thread = new Thread(() -> loop(config, query, first), "lsl-continuous-resolver");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(LslConfig config, String query, ResolveAttempt first) {
        ResolveAttempt attempt = first;
        while (!closed) {
            // each attempt lives one receive window (liblsl's MulticastMaxRTT, 3 s) and forgets its uids, so
            // streams still there are seen again and stay fresh
            try (ResolveAttempt a = attempt) {
                a.run(INTERVAL, System.nanoTime() + 3_000_000_000L, () -> closed,
                        info -> seen.put(info.uid(), new Seen(info, System.nanoTime())));
            } catch (IOException e) {
                LOG.debug("continuous resolve: {}", e.toString());
            }
            if (!closed) {
                try {
                    attempt = new ResolveAttempt(config, query);
                } catch (IOException e) {
                    LOG.warn("continuous resolve stopped: {}", e.getMessage());
                    return;
                }
            }
        }
    }

    /** Streams seen within the forget window, by name. */
    public List<LslStreamInfo> results() {
        long now = System.nanoTime();
        seen.values().removeIf(s -> now - s.atNanos > forgetNanos);
        return seen.values().stream().map(Seen::info).sorted(Comparator.comparing(LslStreamInfo::name)).toList();
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(2000);
    }
}
