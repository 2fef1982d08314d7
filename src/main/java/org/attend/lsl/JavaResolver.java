package org.attend.lsl;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Finds LSL streams by predicate, as liblsl's {@code lsl_resolve_bypred} does. */
public final class JavaResolver {

    private final LslConfig config;

    public JavaResolver(LslConfig config) {
        this.config = config;
    }

    /**
     * Streams of this session matching {@code predicate} (XPath on {@code <info>}, e.g. {@code type='EEG'};
     * blank for all). Returns once {@code minimum} streams are found, or when {@code timeout} expires.
     */
    public List<LslStreamInfo> resolve(String predicate, int minimum, Duration timeout) throws IOException {
        return resolveQuery(LslQuery.forSession(config.sessionId(), predicate), minimum, Duration.ZERO, timeout,
                () -> false);
    }

    /** Every stream of this session seen within {@code wait}. */
    public List<LslStreamInfo> resolveAll(Duration wait) throws IOException {
        return resolveQuery(LslQuery.forSession(config.sessionId(), ""), Integer.MAX_VALUE, wait, wait,
                () -> false);
    }

    /**
     * Sends exactly {@code query} (no session term is added) until {@code minimum} results have come and
     * {@code minimumTime} has passed, or {@code timeout} expires, or {@code cancelled} is true.
     */
    public List<LslStreamInfo> resolveQuery(String query, int minimum, Duration minimumTime, Duration timeout,
                                            BooleanSupplier cancelled) throws IOException {
        List<LslStreamInfo> found = new ArrayList<>();
        long start = System.nanoTime();
        long minEnd = start + minimumTime.toNanos();
        long deadline = start + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4);
        try (ResolveAttempt attempt = new ResolveAttempt(config, query)) {
            attempt.run(0, deadline,
                    () -> cancelled.getAsBoolean() || (found.size() >= minimum && System.nanoTime() >= minEnd),
                    found::add);
        }
        return found;
    }

    /** A resolver that keeps querying in the background; see {@link ContinuousResolver}. */
    public ContinuousResolver continuous(String predicate, Duration forgetAfter) throws IOException {
        return new ContinuousResolver(config, LslQuery.forSession(config.sessionId(), predicate), forgetAfter);
    }
}
