package org.attend.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The per-signal header blocks of a GDF file (field by field, each for all signals, as in EDF). */
final class GdfSignals {

    private GdfSignals() {
    }

    static List<GdfSignal> read(FileCursor in, int ns, boolean v1) throws IOException {
        long base = 256;
        String[] labels = new String[ns];
        in.seek(base);
        for (int i = 0; i < ns; i++) {
            labels[i] = new String(in.bytes(16, "label"), StandardCharsets.ISO_8859_1).replace("\0", "").trim();
        }
        String[] units = new String[ns];
        double[] toMicro = new double[ns];
        in.seek(base + 96L * ns);
        if (v1) {
            for (int i = 0; i < ns; i++) {
                String unit = new String(in.bytes(8, "physical dimension"), StandardCharsets.ISO_8859_1)
                        .replace("\0", "").trim();
                units[i] = Units.isVoltage(unit) ? "uV" : unit;
                toMicro[i] = Units.toMicrovolts(unit);
            }
        } else {
            in.seek(base + 102L * ns);
            for (int i = 0; i < ns; i++) {
                GdfSignal.ScaledUnit unit = GdfSignal.unitOfCode(in.u16("physical dimension code"));
                units[i] = unit.name();
                toMicro[i] = unit.toMicrovolts();
            }
        }
        double[] physMin = doubles(in, base + 104L * ns, ns, "physical minimum");
        double[] physMax = doubles(in, base + 112L * ns, ns, "physical maximum");
        double[] digMin = new double[ns];
        double[] digMax = new double[ns];
        in.seek(base + 120L * ns);
        for (int i = 0; i < ns; i++) {
            digMin[i] = v1 ? in.i64("digital minimum") : in.f64("digital minimum");
        }
        for (int i = 0; i < ns; i++) {
            digMax[i] = v1 ? in.i64("digital maximum") : in.f64("digital maximum");
        }
        in.seek(base + 216L * ns);
        List<GdfSignal> signals = new ArrayList<>();
        long[] samples = new long[ns];
        for (int i = 0; i < ns; i++) {
            samples[i] = in.u32("samples per record");
            if (samples[i] > in.size()) {
                throw in.error(in.position() - 4, "signal " + (i + 1) + " declares " + samples[i]
                        + " samples per record, more than the file's " + in.size() + " bytes");
            }
        }
        for (int i = 0; i < ns; i++) {
            long at = in.position();
            int type = (int) in.u32("data type");
            if (GdfSignal.bytes(type) == 0) {
                throw in.error(at, "signal " + (i + 1) + " has GDF data type " + type
                        + ", which Attend does not read (int8..uint64, float32, float64)");
            }
            signals.add(new GdfSignal(labels[i], units[i], toMicro[i],
                    new PhysicalScale(physMin[i], physMax[i], digMin[i], digMax[i]), (int) samples[i], type));
        }
        return signals;
    }

    private static double[] doubles(FileCursor in, long at, int n, String what) throws IOException {
        in.seek(at);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = in.f64(what);
        }
        return out;
    }
}
