package org.attend.decode;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.nn.AttendNet;
import org.attend.nn.AttendNetConfig;
import org.attend.nn.OnlineAlignment;
import org.ejml.data.DMatrixRMaj;

/**
 * The files of an {@code attend} model folder beside {@code weights.params}: the model card's parameters
 * (network hyper-parameters, architecture version, alignment and training settings) and
 * {@code alignment.json} (the prior reference covariance of Euclidean alignment).
 */
final class AttendModelFiles {

    static final String ALIGNMENT_FILE = "alignment.json";

    private AttendModelFiles() {
    }

    static ModelCard card(InputContract contract, AttendNetConfig net, AttendSettings settings,
                          DecoderOptions options, OnlineAlignment alignment, Map<String, Object> training, Map<String, Object> metrics) {
        Map<String, Object> align = new LinkedHashMap<>();
        align.put("method", "euclidean (R^-1/2 X, R = mean spatial covariance; per subject in training)");
        align.put("mode", alignment.adapts() ? "online" : "fixed");
        align.put("priorWeightWindows", alignment.priorWeight());
        align.put("horizonWindows", alignment.horizon());
        align.put("referenceFile", ALIGNMENT_FILE);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("architectureVersion", AttendNet.ARCHITECTURE_VERSION);
        p.put("network", ModelCard.json().convertValue(net, new TypeReference<Map<String, Object>>() { }));
        p.put("weights", AttendDecoder.WEIGHTS_FILE);
        p.put("alignment", align);
        p.put("trainingOptions", ModelCard.json().convertValue(settings.training(),
                new TypeReference<Map<String, Object>>() { }));
        p.put("attentionMap", "[channel][sample] = channelWeight[c] * timeWeight[token(t)] / samplesInToken; "
                + "sums to 1");
        p.put("fineTuningOptions", ModelCard.json().convertValue(settings.fineTuning(),
                new TypeReference<Map<String, Object>>() { }));
        return new ModelCard(AttendDecoder.NAME, attendVersion(), contract, training, metrics, p, options.asMap());
    }

    static AttendNetConfig networkConfig(ModelCard card, Path modelDir) throws IOException {
        Object version = card.parameters().get("architectureVersion");
        if (!(version instanceof Number) || ((Number) version).intValue() != AttendNet.ARCHITECTURE_VERSION) {
            throw new IOException(modelDir.resolve(ModelCard.FILE_NAME) + ": architecture version " + version
                    + ", this Attend reads version " + AttendNet.ARCHITECTURE_VERSION);
        }
        try {
            AttendNetConfig config = ModelCard.json().convertValue(card.parameters().get("network"),
                    AttendNetConfig.class);
            if (config == null || config.channels() != card.contract().channels().size()
                    || config.samples() != card.contract().windowSamples()) {
                throw new IOException(modelDir.resolve(ModelCard.FILE_NAME)
                        + ": 'network' is missing or disagrees with the contract's channels and window");
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new IOException(modelDir.resolve(ModelCard.FILE_NAME) + ": bad 'network' parameters: "
                    + e.getMessage(), e);
        }
    }

    static void writeAlignment(Path modelDir, OnlineAlignment alignment) throws IOException {
        DMatrixRMaj prior = alignment.prior();
        double[][] rows = new double[prior.numRows][prior.numCols];
        for (int i = 0; i < prior.numRows; i++) {
            for (int j = 0; j < prior.numCols; j++) {
                rows[i][j] = prior.get(i, j);
            }
        }
        ModelCard.json().writeValue(modelDir.resolve(ALIGNMENT_FILE).toFile(), Map.of("prior", rows));
    }

    static OnlineAlignment readAlignment(Path modelDir, ModelCard card, AttendSettings settings) throws IOException {
        return readAlignment(modelDir, card, settings.adaptAlignment());
    }

    /** The alignment written by {@link #writeAlignment}; it adapts online unless the card or {@code adapt} say no. */
    static OnlineAlignment readAlignment(Path modelDir, ModelCard card, boolean adaptOnline) throws IOException {
        Path file = modelDir.resolve(ALIGNMENT_FILE);
        int channels = card.contract().channels().size();
        Map<?, ?> align = card.parameters().get("alignment") instanceof Map<?, ?> m ? m : Map.of();
        try {
            Map<String, double[][]> json = ModelCard.json().readValue(file.toFile(),
                    new TypeReference<Map<String, double[][]>>() { });
            double[][] prior = json.get("prior");
            if (prior == null || prior.length != channels || prior[0].length != channels) {
                throw new IOException(file + ": 'prior' must be a " + channels + "×" + channels + " matrix");
            }
            boolean adapt = !"fixed".equals(align.get("mode")) && adaptOnline;
            return new OnlineAlignment(new DMatrixRMaj(prior), adapt,
                    intOr(align.get("priorWeightWindows"), AttendDecoder.PRIOR_WEIGHT_WINDOWS),
                    intOr(align.get("horizonWindows"), AttendDecoder.HORIZON_WINDOWS));
        } catch (NoSuchFileException e) {
            throw new IOException(modelDir + ": no " + ALIGNMENT_FILE + " beside the model card", e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a valid alignment file: " + e.getOriginalMessage(), e);
        }
    }

    private static int intOr(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** Version from the jar manifest, {@code dev} when run from classes. */
    static String attendVersion() {
        String v = AttendModelFiles.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
