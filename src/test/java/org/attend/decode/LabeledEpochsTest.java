package org.attend.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.attend.stream.MissingChannelsException;
import org.junit.jupiter.api.Test;

class LabeledEpochsTest {

    private static final List<String> CLASSES = List.of("left", "right");

    private static LabeledEpochs threeChannels() {
        float[][][] data = {{{1, 1}, {2, 2}, {3, 3}}, {{4, 4}, {5, 5}, {6, 6}}};
        return new LabeledEpochs(data, new int[] {0, 1}, CLASSES, List.of("C3..", "Cz", "C4"), 160);
    }

    private static InputContract contract(List<String> channels) {
        return new InputContract(channels, 160, 2.0 / 160, 8, 30, CLASSES);
    }

    @Test
    void pickReordersToTheContractsChannelsByLabel() {
        LabeledEpochs picked = threeChannels().pick(contract(List.of("C4", "c3")));
        assertEquals(List.of("C4", "c3"), picked.channels(), "the contract's labels");
        assertArrayEquals(new float[] {3, 3}, picked.data()[0][0]);
        assertArrayEquals(new float[] {1, 1}, picked.data()[0][1], "C3.. matches c3");
        assertArrayEquals(new float[] {6, 6}, picked.data()[1][0]);
        assertArrayEquals(new int[] {0, 1}, picked.labels());
        assertEquals(160, picked.sampleRateHz());
    }

    @Test
    void epochsAlreadyInTheContractsOrderAreReturnedAsTheyAre() {
        LabeledEpochs epochs = threeChannels();
        assertSame(epochs, epochs.pick(contract(List.of("C3..", "Cz", "C4"))));
    }

    @Test
    void everyMissingChannelIsNamed() {
        MissingChannelsException e = assertThrows(MissingChannelsException.class,
                () -> threeChannels().pick(contract(List.of("C3", "Fp1", "O2"))));
        assertTrue(e.getMessage().contains("Fp1") && e.getMessage().contains("O2"), e.getMessage());
    }
}
