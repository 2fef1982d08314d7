package org.attend.lsl;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * LSL through the installed liblsl (JNA), behind the same interface as the Java backend. liblsl reads its own
 * configuration (the same {@code lsl_api.cfg} files). Resolved stream handles are kept until the backend
 * closes so that inlets connect to the exact outlet that was found.
 */
public final class NativeBackend implements LslBackend {

    private static final int MAX_RESULTS = 1024;

    private final LibLsl lib;
    private final Map<String, Pointer> resolved = new ConcurrentHashMap<>();

    public NativeBackend(LibLsl lib) {
        this.lib = lib;
    }

    @Override
    public String name() {
        return "native (liblsl " + lib.lsl_library_version() + ")";
    }

    @Override
    public List<LslStreamInfo> resolve(String predicate, int minimum, Duration timeout) throws IOException {
        Pointer[] buf = new Pointer[MAX_RESULTS];
        int n = lib.lsl_resolve_bypred(buf, buf.length, predicate, minimum, timeout.toMillis() / 1000.0);
        return collect(buf, n);
    }

    @Override
    public List<LslStreamInfo> resolveAll(Duration wait) throws IOException {
        Pointer[] buf = new Pointer[MAX_RESULTS];
        return collect(buf, lib.lsl_resolve_all(buf, buf.length, wait.toMillis() / 1000.0));
    }

    private List<LslStreamInfo> collect(Pointer[] buf, int n) throws IOException {
        if (n < 0) {
            throw new IOException("liblsl resolve failed with error " + n);
        }
        List<LslStreamInfo> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LslStreamInfo info = toInfo(lib, buf[i]);
            Pointer old = resolved.put(info.uid(), buf[i]);
            if (old != null) {
                lib.lsl_destroy_streaminfo(old);
            }
            out.add(info);
        }
        return out;
    }

    /** The XML of a native info, parsed. */
    static LslStreamInfo toInfo(LibLsl lib, Pointer info) throws LslProtocolException {
        Pointer xml = lib.lsl_get_xml(info);
        try {
            return InfoXml.parse(xml.getString(0, StandardCharsets.UTF_8.name()));
        } finally {
            lib.lsl_destroy_string(xml);
        }
    }

    @Override
    public LslInlet inlet(LslStreamInfo info, InletOptions options) throws IOException {
        Pointer handle = resolved.get(info.uid());
        boolean own = handle == null;
        if (own) {
            // not resolved here: liblsl finds the endpoints itself through recovery (by source_id)
            handle = lib.lsl_streaminfo_from_xml(InfoXml.fullInfo(info));
        }
        Pointer inlet = lib.lsl_create_inlet(handle, (int) Math.ceil(options.maxBufferSeconds()),
                options.maxChunkLength(), options.recover() ? 1 : 0);
        if (own) {
            lib.lsl_destroy_streaminfo(handle);
        }
        if (inlet == null) {
            throw new IOException("liblsl could not create an inlet for '" + info.name() + "'");
        }
        return new NativeInlet(lib, inlet, info);
    }

    @Override
    public LslOutlet outlet(LslStreamInfo spec) throws IOException {
        Pointer info = lib.lsl_streaminfo_from_xml(InfoXml.fullInfo(spec));
        if (info == null) {
            throw new IOException("liblsl rejected the stream info of '" + spec.name() + "'");
        }
        try {
            Pointer outlet = lib.lsl_create_outlet(info, 0, (int) JavaOutlet.DEFAULT_MAX_BUFFERED_SECONDS);
            if (outlet == null) {
                throw new IOException("liblsl could not create an outlet for '" + spec.name() + "'");
            }
            return new NativeOutlet(lib, outlet);
        } finally {
            lib.lsl_destroy_streaminfo(info);
        }
    }

    @Override
    public void close() {
        resolved.values().forEach(lib::lsl_destroy_streaminfo);
        resolved.clear();
    }
}
