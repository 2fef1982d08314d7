package org.attend.lsl;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** The pure-Java LSL implementation under one configuration. */
public final class JavaBackend implements LslBackend {

    private final LslConfig config;

    public JavaBackend(LslConfig config) {
        this.config = config;
    }

    public LslConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "java";
    }

    @Override
    public List<LslStreamInfo> resolve(String predicate, int minimum, Duration timeout) throws IOException {
        return new JavaResolver(config).resolve(predicate, minimum, timeout);
    }

    @Override
    public List<LslStreamInfo> resolveAll(Duration wait) throws IOException {
        return new JavaResolver(config).resolveAll(wait);
    }

    @Override
    public LslInlet inlet(LslStreamInfo resolved, InletOptions options) {
        return new JavaInlet(resolved, config, options);
    }

    @Override
    public LslOutlet outlet(LslStreamInfo spec) throws IOException {
        return new JavaOutlet(spec, config);
    }
}
