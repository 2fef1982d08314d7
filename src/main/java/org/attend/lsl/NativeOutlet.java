package org.attend.lsl;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.List;

/** An outlet of liblsl. */
final class NativeOutlet implements LslOutlet {

    private final LibLsl lib;
    private final LslStreamInfo info;
    private Pointer outlet;

    NativeOutlet(LibLsl lib, Pointer outlet) throws IOException {
        this.lib = lib;
        this.outlet = outlet;
        Pointer i = lib.lsl_get_info(outlet);
        try {
            this.info = NativeBackend.toInfo(lib, i);
        } finally {
            lib.lsl_destroy_streaminfo(i);
        }
    }

    @Override
    public LslStreamInfo info() {
        return info;
    }

    @Override
    public synchronized void pushSample(Object values, double timestamp, boolean pushthrough) {
        if (outlet == null) {
            throw new IllegalStateException("outlet '" + info.name() + "' is closed");
        }
        int p = pushthrough ? 1 : 0;
        int ec;
        if (values instanceof float[] v) {
            ec = lib.lsl_push_sample_ftp(outlet, v, timestamp, p);
        } else if (values instanceof double[] v) {
            ec = lib.lsl_push_sample_dtp(outlet, v, timestamp, p);
        } else if (values instanceof long[] v) {
            ec = lib.lsl_push_sample_ltp(outlet, v, timestamp, p);
        } else if (values instanceof int[] v) {
            ec = lib.lsl_push_sample_itp(outlet, v, timestamp, p);
        } else if (values instanceof short[] v) {
            ec = lib.lsl_push_sample_stp(outlet, v, timestamp, p);
        } else if (values instanceof byte[] v) {
            ec = lib.lsl_push_sample_ctp(outlet, v, timestamp, p);
        } else if (values instanceof String[] v) {
            ec = lib.lsl_push_sample_strtp(outlet, v, timestamp, p);
        } else {
            throw new IllegalArgumentException("not an LSL sample: " + values);
        }
        if (ec != 0) {
            throw new IllegalArgumentException("liblsl refused a sample of '" + info.name() + "' (error " + ec + ")");
        }
    }

    @Override
    public void pushChunk(List<?> samples, double lastTimestamp) {
        double first = lastTimestamp - (samples.size() - 1) * info.samplePeriod();
        for (int i = 0; i < samples.size(); i++) {
            pushSample(samples.get(i), i == 0 ? first : LslSample.DEDUCED, i == samples.size() - 1);
        }
    }

    @Override
    public void pushChunk(List<?> samples, double[] timestamps) {
        for (int i = 0; i < samples.size(); i++) {
            pushSample(samples.get(i), timestamps[i], i == samples.size() - 1);
        }
    }

    @Override
    public synchronized int consumerCount() {
        return outlet != null && lib.lsl_have_consumers(outlet) != 0 ? 1 : 0;
    }

    @Override
    public synchronized void close() {
        if (outlet != null) {
            lib.lsl_destroy_outlet(outlet);
            outlet = null;
        }
    }
}
