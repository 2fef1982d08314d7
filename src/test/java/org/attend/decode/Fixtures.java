package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/** Reads the JSON fixtures written by {@code decode/make_classical_fixtures.py}. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static JsonNode read(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/decode/" + name)) {
            return JSON.readTree(in);
        }
    }

    static DMatrixRMaj matrix(JsonNode node) {
        return new DMatrixRMaj(JSON.convertValue(node, double[][].class));
    }

    /** Epochs stored as doubles with three decimals, cast to float32 as the generator did. */
    static LabeledEpochs epochs(JsonNode fixture) {
        double[][][] d = JSON.convertValue(fixture.get("epochs"), double[][][].class);
        float[][][] f = new float[d.length][d[0].length][d[0][0].length];
        for (int i = 0; i < d.length; i++) {
            for (int c = 0; c < d[i].length; c++) {
                for (int t = 0; t < d[i][c].length; t++) {
                    f[i][c][t] = (float) d[i][c][t];
                }
            }
        }
        int[] labels = JSON.convertValue(fixture.get("labels"), int[].class);
        List<String> channels = List.of("c1", "c2", "c3", "c4", "c5").subList(0, f[0].length);
        return new LabeledEpochs(f, labels, List.of("a", "b"), channels, 100);
    }

    static void assertMatrix(JsonNode expected, DMatrixRMaj actual, double tolerance) {
        double[][] e = JSON.convertValue(expected, double[][].class);
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e[i].length; j++) {
                assertEquals(e[i][j], actual.get(i, j), tolerance * Math.max(1, Math.abs(e[i][j])),
                        "element (" + i + ", " + j + ")");
            }
        }
    }

    static void assertRows(JsonNode expected, double[][] actual, double tolerance) {
        double[][] e = JSON.convertValue(expected, double[][].class);
        assertEquals(e.length, actual.length);
        for (int i = 0; i < e.length; i++) {
            for (int j = 0; j < e[i].length; j++) {
                assertEquals(e[i][j], actual[i][j], tolerance * Math.max(1, Math.abs(e[i][j])),
                        "row " + i + " column " + j);
            }
        }
    }
}
