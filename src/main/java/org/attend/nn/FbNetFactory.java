package org.attend.nn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers {@link FbNet} as {@value #NAME}. Options: {@code bands} (e.g. {@code 4-8/8-12}; default
 * {@code auto}: {@code band-width}-Hz bands from the contract's lower edge, at least 4 Hz, up to its upper
 * edge), {@code band-width} (Hz, default {@value #DEFAULT_BAND_WIDTH_HZ}), {@code taps-seconds} (FIR length,
 * default {@value #DEFAULT_TAPS_SECONDS}), {@code filters} (spatial filters per band, default
 * {@value #DEFAULT_FILTERS}), {@code segments} (default {@value #DEFAULT_SEGMENTS}), {@code attention-units}
 * (default {@value #DEFAULT_ATTENTION_UNITS}), {@code dropout} (default {@value #DEFAULT_DROPOUT}) and
 * {@code attention} (default true; false for the ablation without it).
 */
public final class FbNetFactory implements NetworkFactory {

    /** The registered name. */
    public static final String NAME = "fbnet";
    static final double DEFAULT_BAND_WIDTH_HZ = 4;
    static final double LOWEST_BAND_HZ = 4;
    static final double DEFAULT_TAPS_SECONDS = 0.5;
    static final int DEFAULT_FILTERS = 8;
    static final int DEFAULT_SEGMENTS = 1;
    static final int DEFAULT_ATTENTION_UNITS = 16;
    static final double DEFAULT_DROPOUT = 0.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "filter bank (fixed FIR) → spatial filters per band → log-variance per time segment → attention "
                + "over band × segment tokens → linear";
    }

    @Override
    public Set<String> optionKeys() {
        return Set.of("bands", "band-width", "taps-seconds", "filters", "segments", "attention-units", "dropout",
                "attention");
    }

    @Override
    public NetworkBlock build(NetworkShape shape, NetworkOptions options) {
        options.requireOnly(optionKeys(), NAME);
        List<double[]> bands = bands(options.string("bands", "auto"),
                options.decimal("band-width", DEFAULT_BAND_WIDTH_HZ), shape);
        int taps = (int) Math.round(options.decimal("taps-seconds", DEFAULT_TAPS_SECONDS) * shape.sampleRateHz());
        taps = taps % 2 == 0 ? taps + 1 : taps;
        int segments = options.integer("segments", DEFAULT_SEGMENTS);
        if (shape.samples() - taps + 1 < segments) {
            throw new IllegalArgumentException(NAME + ": a window of " + shape.samples() + " samples leaves fewer "
                    + "than " + segments + " samples after the " + taps + "-tap filters; use a longer window or "
                    + "a shorter taps-seconds");
        }
        return new FbNet(shape, new FbNet.FbNetConfig(bands, taps, options.integer("filters", DEFAULT_FILTERS),
                segments, options.integer("attention-units", DEFAULT_ATTENTION_UNITS),
                (float) options.decimal("dropout", DEFAULT_DROPOUT), options.bool("attention", true)));
    }

    @Override
    public NetworkOptions resolve(NetworkShape shape, NetworkOptions options) {
        options.requireOnly(optionKeys(), NAME);
        Map<String, String> o = new LinkedHashMap<>();
        o.put("bands", options.string("bands", "auto"));
        o.put("band-width", Double.toString(options.decimal("band-width", DEFAULT_BAND_WIDTH_HZ)));
        o.put("taps-seconds", Double.toString(options.decimal("taps-seconds", DEFAULT_TAPS_SECONDS)));
        o.put("filters", Integer.toString(options.integer("filters", DEFAULT_FILTERS)));
        o.put("segments", Integer.toString(options.integer("segments", DEFAULT_SEGMENTS)));
        o.put("attention-units", Integer.toString(options.integer("attention-units", DEFAULT_ATTENTION_UNITS)));
        o.put("dropout", Double.toString(options.decimal("dropout", DEFAULT_DROPOUT)));
        o.put("attention", Boolean.toString(options.bool("attention", true)));
        return NetworkOptions.of(o);
    }

    /** The pass bands: {@code auto}, or {@code low-high} pairs separated by {@code /} (a comma separates options). */
    static List<double[]> bands(String text, double widthHz, NetworkShape shape) {
        List<double[]> bands = new ArrayList<>();
        if (text.equals("auto")) {
            if (!(widthHz > 0)) {
                throw new IllegalArgumentException(NAME + ": band-width must be > 0 Hz, got " + widthHz);
            }
            for (double low = Math.max(LOWEST_BAND_HZ, shape.bandLowHz()); low + widthHz <= shape.bandHighHz() + 1e-9;
                 low += widthHz) {
                bands.add(new double[] {low, low + widthHz});
            }
            if (bands.isEmpty()) {
                throw new IllegalArgumentException(NAME + ": no " + widthHz + " Hz band fits the contract's "
                        + shape.bandLowHz() + "-" + shape.bandHighHz() + " Hz");
            }
            return bands;
        }
        for (String part : text.split("/")) {
            String[] edges = part.strip().split("-");
            try {
                double[] band = {Double.parseDouble(edges[0]), Double.parseDouble(edges[1])};
                if (edges.length != 2 || !(band[0] > 0 && band[1] > band[0] && band[1] < shape.sampleRateHz() / 2)) {
                    throw new NumberFormatException(part);
                }
                bands.add(band);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(NAME + ": band '" + part + "' is not LOW-HIGH in Hz below "
                        + "Nyquist (" + shape.sampleRateHz() / 2 + " Hz)");
            }
        }
        return bands;
    }
}
