package org.attend.decode;

/** The {@code fbnet} network inside the {@code attend} decoder. */
class FbNetDecoderTest extends NeuralDecoderContractTest {

    @Override
    String network() {
        return "fbnet";
    }
}
