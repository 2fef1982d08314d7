package org.attend.decode;

/**
 * A network from outside Attend ({@link LogPowerNetFactory}, registered only in the test classpath's
 * {@code META-INF/services}) trains, saves, loads and decodes through the same decoder: one class and a name.
 */
class PluggedInNetworkDecoderTest extends NeuralDecoderContractTest {

    @Override
    String network() {
        return LogPowerNetFactory.NAME;
    }
}
