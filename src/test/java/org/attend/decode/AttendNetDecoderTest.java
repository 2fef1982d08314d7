package org.attend.decode;

/** The {@code attendnet} network inside the {@code attend} decoder. */
class AttendNetDecoderTest extends NeuralDecoderContractTest {

    @Override
    String network() {
        return "attendnet";
    }
}
