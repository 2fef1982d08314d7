package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Shrinkage LDA against scikit-learn's LDA(solver='lsqr', shrinkage='auto'): see make_lda_fixture.py. */
class ShrinkageLdaTest {

    private static JsonNode fixture() throws Exception {
        try (InputStream in = ShrinkageLdaTest.class.getResourceAsStream("/decode/lda_fixture.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double[][] matrix(JsonNode node) {
        double[][] m = new double[node.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = new double[node.get(i).size()];
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = node.get(i).get(j).asDouble();
            }
        }
        return m;
    }

    @Test
    void probabilitiesEqualScikitLearn() throws Exception {
        for (JsonNode c : fixture().get("cases")) {
            double[][] x = matrix(c.get("x"));
            int[] y = new int[x.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = c.get("y").get(i).asInt();
            }
            ShrinkageLda lda = ShrinkageLda.fit(x, y, c.get("classes").asInt());
            double[][] test = matrix(c.get("test"));
            double[][] expected = matrix(c.get("proba"));
            for (int i = 0; i < test.length; i++) {
                assertArrayEquals(expected[i], lda.probabilities(test[i]), 1e-9, "case with " + x.length + " rows");
            }
        }
    }

    @Test
    void ledoitWolfShrinkageEqualsScikitLearn() throws Exception {
        for (JsonNode c : fixture().get("cases")) {
            double[][] x = matrix(c.get("x"));
            int p = x[0].length;
            double[] mean = new double[p];
            for (double[] row : x) {
                for (int f = 0; f < p; f++) {
                    mean[f] += row[f] / x.length;
                }
            }
            double[][] centred = new double[x.length][p];
            for (int i = 0; i < x.length; i++) {
                for (int f = 0; f < p; f++) {
                    centred[i][f] = x[i][f] - mean[f];
                }
            }
            assertEquals(c.get("shrinkage_of_centred").asDouble(), ShrinkageLda.ledoitWolfShrinkage(centred), 1e-12);
        }
    }
}
