package org.attend.lsl;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** An inlet of liblsl; liblsl's own recovery runs, and a clock reset it reports becomes a gap. */
final class NativeInlet implements LslInlet {

    private static final int LOST = -2;
    private static final int TIMEOUT = -1;

    private final LibLsl lib;
    private final LslStreamInfo info;
    private final List<LslGap> gaps = new ArrayList<>();
    private Pointer inlet;
    private double lastTs = Double.NaN;
    private long lost;

    NativeInlet(LibLsl lib, Pointer inlet, LslStreamInfo info) {
        this.lib = lib;
        this.inlet = inlet;
        this.info = info;
    }

    @Override
    public LslStreamInfo info() {
        return info;
    }

    @Override
    public synchronized LslStreamInfo fullInfo(Duration timeout) throws IOException {
        IntByReference ec = new IntByReference();
        Pointer full = lib.lsl_get_fullinfo(handle(), seconds(timeout), ec);
        check(ec, "fetching the full info");
        try {
            return NativeBackend.toInfo(lib, full);
        } finally {
            lib.lsl_destroy_streaminfo(full);
        }
    }

    @Override
    public synchronized void open(Duration timeout) throws IOException {
        IntByReference ec = new IntByReference();
        lib.lsl_open_stream(handle(), seconds(timeout), ec);
        check(ec, "opening the stream");
    }

    @Override
    public synchronized LslSample pull(Duration timeout) throws IOException {
        Object values = info.format().newArray(info.channelCount());
        IntByReference ec = new IntByReference();
        double t = seconds(timeout);
        int n = info.channelCount();
        double ts = switch (info.format()) {
            case FLOAT32 -> lib.lsl_pull_sample_f(handle(), (float[]) values, n, t, ec);
            case DOUBLE64 -> lib.lsl_pull_sample_d(handle(), (double[]) values, n, t, ec);
            case INT64 -> lib.lsl_pull_sample_l(handle(), (long[]) values, n, t, ec);
            case INT32 -> lib.lsl_pull_sample_i(handle(), (int[]) values, n, t, ec);
            case INT16 -> lib.lsl_pull_sample_s(handle(), (short[]) values, n, t, ec);
            case INT8 -> lib.lsl_pull_sample_c(handle(), (byte[]) values, n, t, ec);
            case STRING -> pullStrings((String[]) values, t, ec);
        };
        if (ec.getValue() == TIMEOUT || (ec.getValue() == 0 && ts == 0.0)) {
            return null;
        }
        check(ec, "pulling a sample");
        if (lib.lsl_was_clock_reset(inlet) != 0 && !Double.isNaN(lastTs)) {
            long missed = info.nominalSrate() > 0 ? Math.max(0, Math.round((ts - lastTs) * info.nominalSrate()) - 1)
                    : 0;
            gaps.add(new LslGap(lastTs, ts, missed));
            lost += missed;
        }
        lastTs = ts;
        return new LslSample(ts, values);
    }

    private double pullStrings(String[] out, double timeout, IntByReference ec) throws IOException {
        Pointer[] raw = new Pointer[out.length];
        double ts = lib.lsl_pull_sample_str(handle(), raw, out.length, timeout, ec);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != null) {
                out[i] = raw[i].getString(0, StandardCharsets.UTF_8.name());
                lib.lsl_destroy_string(raw[i]);
            }
        }
        return ts;
    }

    @Override
    public synchronized List<LslSample> pullAvailable(int max) throws IOException {
        List<LslSample> out = new ArrayList<>();
        LslSample s;
        while (out.size() < max && lib.lsl_samples_available(handle()) > 0 && (s = pull(Duration.ZERO)) != null) {
            out.add(s);
        }
        return out;
    }

    @Override
    public synchronized double timeCorrection(Duration timeout) throws IOException {
        IntByReference ec = new IntByReference();
        double tc = lib.lsl_time_correction(handle(), seconds(timeout), ec);
        check(ec, "time correction");
        return tc;
    }

    @Override
    public synchronized long takeLostSamples() {
        long l = lost;
        lost = 0;
        return l;
    }

    @Override
    public synchronized List<LslGap> takeGaps() {
        List<LslGap> out = List.copyOf(gaps);
        gaps.clear();
        return out;
    }

    private Pointer handle() throws IOException {
        if (inlet == null) {
            throw new IOException("inlet of '" + info.name() + "' is closed");
        }
        return inlet;
    }

    private void check(IntByReference ec, String what) throws IOException {
        int e = ec.getValue();
        if (e == LOST) {
            throw new LslLostException("LSL stream '" + info.name() + "' lost (liblsl) while " + what, null);
        }
        if (e != 0) {
            throw new IOException("liblsl error " + e + " on '" + info.name() + "' while " + what);
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    @Override
    public synchronized void close() {
        if (inlet != null) {
            lib.lsl_destroy_inlet(inlet);
            inlet = null;
        }
    }
}
