package org.attend.lsl;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/** The part of liblsl's C API ({@code lsl_c.h}) that the native backend uses, mapped by JNA. */
public interface LibLsl extends Library {

    int lsl_library_version();

    int lsl_resolve_all(Pointer[] buffer, int bufferElements, double waitTime);

    int lsl_resolve_bypred(Pointer[] buffer, int bufferElements, String pred, int minimum, double timeout);

    Pointer lsl_streaminfo_from_xml(String xml);

    Pointer lsl_get_xml(Pointer info);

    void lsl_destroy_string(Pointer s);

    void lsl_destroy_streaminfo(Pointer info);

    Pointer lsl_create_outlet(Pointer info, int chunkSize, int maxBuffered);

    void lsl_destroy_outlet(Pointer outlet);

    Pointer lsl_get_info(Pointer outlet);

    int lsl_have_consumers(Pointer outlet);

    int lsl_push_sample_ftp(Pointer outlet, float[] data, double timestamp, int pushthrough);

    int lsl_push_sample_dtp(Pointer outlet, double[] data, double timestamp, int pushthrough);

    int lsl_push_sample_ltp(Pointer outlet, long[] data, double timestamp, int pushthrough);

    int lsl_push_sample_itp(Pointer outlet, int[] data, double timestamp, int pushthrough);

    int lsl_push_sample_stp(Pointer outlet, short[] data, double timestamp, int pushthrough);

    int lsl_push_sample_ctp(Pointer outlet, byte[] data, double timestamp, int pushthrough);

    int lsl_push_sample_strtp(Pointer outlet, String[] data, double timestamp, int pushthrough);

    Pointer lsl_create_inlet(Pointer info, int maxBuflen, int maxChunklen, int recover);

    void lsl_destroy_inlet(Pointer inlet);

    Pointer lsl_get_fullinfo(Pointer inlet, double timeout, IntByReference ec);

    void lsl_open_stream(Pointer inlet, double timeout, IntByReference ec);

    double lsl_time_correction(Pointer inlet, double timeout, IntByReference ec);

    int lsl_samples_available(Pointer inlet);

    int lsl_was_clock_reset(Pointer inlet);

    double lsl_pull_sample_f(Pointer inlet, float[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_d(Pointer inlet, double[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_l(Pointer inlet, long[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_i(Pointer inlet, int[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_s(Pointer inlet, short[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_c(Pointer inlet, byte[] buffer, int elements, double timeout, IntByReference ec);

    double lsl_pull_sample_str(Pointer inlet, Pointer[] buffer, int elements, double timeout, IntByReference ec);
}
