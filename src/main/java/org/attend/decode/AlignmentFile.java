package org.attend.decode;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.attend.nn.OnlineAlignment;
import org.ejml.data.DMatrixRMaj;

/**
 * {@value #FILE_NAME} beside a model card: the prior reference covariance of Euclidean alignment, and the
 * card's {@code alignment} entry saying how online alignment uses it.
 */
final class AlignmentFile {

    static final String FILE_NAME = "alignment.json";

    private AlignmentFile() {
    }

    /** The card's {@code alignment} entry for {@code alignment}. */
    static Map<String, Object> describe(OnlineAlignment alignment) {
        Map<String, Object> align = new LinkedHashMap<>();
        align.put("method", "euclidean (R^-1/2 X, R = mean spatial covariance; per subject in training)");
        align.put("mode", alignment.adapts() ? "online" : "fixed");
        align.put("priorWeightWindows", alignment.priorWeight());
        align.put("horizonWindows", alignment.horizon());
        align.put("referenceFile", FILE_NAME);
        return align;
    }

    static void write(Path modelDir, OnlineAlignment alignment) throws IOException {
        DMatrixRMaj prior = alignment.prior();
        double[][] rows = new double[prior.numRows][prior.numCols];
        for (int i = 0; i < prior.numRows; i++) {
            for (int j = 0; j < prior.numCols; j++) {
                rows[i][j] = prior.get(i, j);
            }
        }
        ModelCard.json().writeValue(modelDir.resolve(FILE_NAME).toFile(), Map.of("prior", rows));
    }

    /** The alignment written by {@link #write}; it adapts online unless the card or {@code adaptOnline} say no. */
    static OnlineAlignment read(Path modelDir, ModelCard card, boolean adaptOnline) throws IOException {
        Path file = modelDir.resolve(FILE_NAME);
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
                    intOr(align.get("priorWeightWindows"), SubjectAlignment.PRIOR_WEIGHT_WINDOWS),
                    intOr(align.get("horizonWindows"), SubjectAlignment.HORIZON_WINDOWS));
        } catch (NoSuchFileException e) {
            throw new IOException(modelDir + ": no " + FILE_NAME + " beside the model card", e);
        } catch (JacksonException e) {
            throw new IOException(file + ": not a valid alignment file: " + e.getOriginalMessage(), e);
        }
    }

    private static int intOr(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
