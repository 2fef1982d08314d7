package org.attend.decode;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attend.nn.AttendNetConfig;
import org.attend.nn.AttendNetFactory;
import org.attend.nn.NetworkFactory;
import org.attend.nn.TrainingRecipe;

/**
 * The model card parameters of a neural decoder: which network (name, version, options), its weight files (one
 * per ensemble member), how it was trained and how it adapts. Cards written before networks were plugins
 * ({@code architectureVersion} 1 and the network's hyper-parameters under {@code network}) are read as
 * {@value AttendNetFactory#NAME} version 1.
 */
final class NeuralModelFiles {

    static final String WEIGHTS_FILE = "weights.params";
    /** The network's options and weight files, as read from a card. */
    record Network(String name, int version, Map<String, String> options, List<String> weights) {
    }

    private NeuralModelFiles() {
    }

    /** The weight file of ensemble member {@code i}. */
    static String weightsFile(int i) {
        return i == 0 ? WEIGHTS_FILE : "weights-" + i + ".params";
    }

    static Map<String, Object> parameters(NetworkFactory network, Map<String, String> networkOptions, int members,
                                          NeuralSettings settings, Map<String, Object> alignment) {
        Map<String, Object> net = new LinkedHashMap<>();
        net.put("name", network.name());
        net.put("version", network.version());
        net.put("options", networkOptions);
        net.put("description", network.description());
        List<String> weights = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            weights.add(weightsFile(i));
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("network", net);
        p.put("weights", weights);
        p.put("alignment", alignment);
        p.put("normAdaptation", settings.normAdaptation().toString());
        p.put("trainingRecipe", asMap(settings.training()));
        p.put("fineTuningRecipe", asMap(settings.fineTuning()));
        p.put("attentionMap", "[channel][sample] = channelWeight[c] * timeWeight[segment(t)] / samplesInSegment, "
                + "averaged over ensemble members; sums to 1");
        return p;
    }

    /** The network a card describes, old or new. */
    static Network network(ModelCard card, Path modelDir) throws IOException {
        Map<String, Object> p = card.parameters();
        Path file = modelDir.resolve(ModelCard.FILE_NAME);
        if (p.containsKey("architectureVersion")) {
            if (!(p.get("architectureVersion") instanceof Number n) || n.intValue() != 1) {
                throw new IOException(file + ": architecture version " + p.get("architectureVersion")
                        + ", this Attend reads version 1");
            }
            try {
                AttendNetConfig config = ModelCard.json().convertValue(p.get("network"), AttendNetConfig.class);
                if (config == null || config.channels() != card.contract().channels().size()
                        || config.samples() != card.contract().windowSamples()) {
                    throw new IOException(file + ": 'network' is missing or disagrees with the contract's channels "
                            + "and window");
                }
                return new Network(AttendNetFactory.NAME, 1, AttendNetFactory.optionsOf(config).asMap(),
                        List.of(String.valueOf(p.getOrDefault("weights", WEIGHTS_FILE))));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": bad 'network' parameters: " + e.getMessage(), e);
            }
        }
        try {
            Map<String, Object> net = ModelCard.json().convertValue(p.get("network"),
                    new TypeReference<Map<String, Object>>() { });
            List<String> weights = ModelCard.json().convertValue(p.get("weights"),
                    new TypeReference<List<String>>() { });
            Map<String, String> options = ModelCard.json().convertValue(net.get("options"),
                    new TypeReference<Map<String, String>>() { });
            if (!(net.get("name") instanceof String name) || !(net.get("version") instanceof Number version)
                    || weights == null || weights.isEmpty()) {
                throw new IOException(file + ": 'network' needs a name and a version, 'weights' at least one file");
            }
            return new Network(name, version.intValue(), options == null ? Map.of() : options, weights);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": bad 'network' or 'weights' parameters", e);
        }
    }

    /**
     * The ensemble's temperature a card gives ({@code parameters.temperature}); 1 for a card written before networks
     * were calibrated.
     *
     * @throws IOException naming the card when it is not a positive number
     */
    static double temperature(ModelCard card, Path modelDir) throws IOException {
        Object given = card.parameters().getOrDefault("temperature", 1.0);
        if (!(given instanceof Number t) || !(t.doubleValue() > 0) || Double.isInfinite(t.doubleValue())) {
            throw new IOException(modelDir.resolve(ModelCard.FILE_NAME) + ": 'temperature' must be a positive number, "
                    + "got " + given);
        }
        return t.doubleValue();
    }

    private static Map<String, Object> asMap(TrainingRecipe recipe) {
        return ModelCard.json().convertValue(recipe, new TypeReference<Map<String, Object>>() { });
    }
}
