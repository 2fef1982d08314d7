package org.attend.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Many trainings in one JVM under garbage-collector pressure. DJL builds arrays from Java data on direct
 * buffers that only the Java objects keep alive; when autograd still held such memory after the Java side let
 * it go (a {@code mul(Number)} scalar, the batch itself), a collection freed it under the backward pass: the
 * same seeded training then gave different losses from one run to the next, and sometimes NaN. Identical
 * seeded trainings must give bit-identical, finite curves, with no guard firing.
 */
class ManyTrainingsTest {

    private static final int NETWORKS = 20;

    @Test
    void twentyTrainingsInOneJvmAreFiniteAndBitIdentical() throws InterruptedException {
        Random r = new Random(5);
        int n = 32;
        float[][][] x = new float[n][6][64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int c = 0; c < 6; c++) {
                for (int k = 0; k < 64; k++) {
                    double signal = c == 0 ? (y[i] == 0 ? 1 : -1) * Math.sin(k / 3.0) : 0;
                    x[i][c][k] = (float) (r.nextGaussian() + signal);
                }
            }
        }
        TrainingRecipe recipe = TrainingRecipe.builder().optEpochs(2).optBatchSize(8).optPatience(10).optSeed(42)
                .optShiftSeconds(0.05).optNoiseStd(0.1f).optChannelDropout(0.1f).build();
        Thread collector = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        collector.setDaemon(true);
        collector.start();
        List<List<EpochStats>> curves = new ArrayList<>();
        try {
            for (int run = 0; run < NETWORKS; run++) {
                try (NetModel model = NetModel.create(AttendNetTest.build(6, 2, 64, 64, 15), Device.cpu(), 3)) {
                    curves.add(new NetTrainer(recipe, null, false).train(model, x, y, x, y).epochs());
                }
            }
        } finally {
            collector.interrupt();
            collector.join();
        }
        for (List<EpochStats> curve : curves) {
            assertEquals(2, curve.size());
            for (int e = 0; e < curve.size(); e++) {
                EpochStats s = curve.get(e);
                EpochStats first = curves.get(0).get(e);
                assertTrue(Double.isFinite(s.trainLoss()) && Double.isFinite(s.validationLoss()), s.toString());
                assertEquals(0, s.skippedBatches());
                assertEquals(first.trainLoss(), s.trainLoss(), 0.0);
                assertEquals(first.validationLoss(), s.validationLoss(), 0.0);
            }
        }
    }
}
