package org.attend.decode;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code model.json} of a model folder: what the model is, what it expects, how it was trained and
 * how well it did. Decoder-specific settings go in {@code parameters}; weights live in files beside it.
 *
 * @param decoder       registered decoder name that can load the folder
 * @param attendVersion version of Attend that wrote it
 * @param contract      channels, rate, window, band and classes
 * @param training      what it was trained on (dataset, subjects, runs, command), free form
 * @param metrics       validation metrics, e.g. {@code accuracy}
 * @param parameters    decoder-specific settings and small weights
 * @param options       the {@link DecoderOptions} the model was made with (e.g. {@code lr}, {@code epochs});
 *                      {@link Decoders#load} hands them to the factory under the caller's own; empty in cards
 *                      written before options existed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelCard(String decoder, String attendVersion, InputContract contract, Map<String, Object> training,
                        Map<String, Object> metrics, Map<String, Object> parameters,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> options) {

    public static final String FILE_NAME = "model.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ModelCard {
        training = training == null ? Map.of() : Map.copyOf(training);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        options = options == null ? Map.of() : DecoderOptions.of(options).asMap();
    }

    /** A card made without decoder options. */
    public ModelCard(String decoder, String attendVersion, InputContract contract, Map<String, Object> training,
                     Map<String, Object> metrics, Map<String, Object> parameters) {
        this(decoder, attendVersion, contract, training, metrics, parameters, Map.of());
    }

    /** The options the model was made with. */
    public DecoderOptions decoderOptions() {
        return DecoderOptions.of(options);
    }

    /** Reads {@code model.json} from a model folder. */
    public static ModelCard read(Path modelDir) throws IOException {
        Path file = modelDir.resolve(FILE_NAME);
        try {
            ModelCard card = JSON.readValue(Files.readAllBytes(file), ModelCard.class);
            if (card.decoder() == null || card.contract() == null) {
                throw new IOException(file + ": model card lacks 'decoder' or 'contract'");
            }
            return card;
        } catch (NoSuchFileException e) {
            throw new IOException(modelDir + " is not a model folder: no " + FILE_NAME, e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException(file + ": not a valid model card: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code model.json} into {@code modelDir}, creating the folder. */
    public void write(Path modelDir) throws IOException {
        Files.createDirectories(modelDir);
        JSON.writeValue(modelDir.resolve(FILE_NAME).toFile(), this);
    }

    /** The version of Attend running now, from the jar manifest ({@code "dev"} when run from classes). */
    public static String currentAttendVersion() {
        String v = ModelCard.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The JSON mapper used for model cards, for decoders that store parameters as typed values. */
    public static ObjectMapper json() {
        return JSON;
    }

    /** A card with other parameters. */
    public ModelCard withParameters(Map<String, Object> newParameters) {
        return new ModelCard(decoder, attendVersion, contract, training, metrics, newParameters, options);
    }

    /** A card with other metrics. */
    public ModelCard withMetrics(Map<String, Object> newMetrics) {
        return new ModelCard(decoder, attendVersion, contract, training, newMetrics, parameters, options);
    }
}
