package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.junit.jupiter.api.Test;

/** OSC output, received by a decoder written here from the OSC 1.0 specification (not JavaOSC's parser). */
class OscOutputTest {

    /** One decoded OSC message: its address, type tags and arguments. */
    record Message(String address, String typeTags, List<Object> arguments) {
    }

    @Test
    void commandsAndPerClassPredictionsArriveAsOscMessages() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(5000);
            InetSocketAddress target = Endpoints.target("127.0.0.1:" + receiver.getLocalPort(), "--osc");
            try (OscOutput osc = new OscOutput(target, List.of("left", "right", "rest"))) {
                osc.accept(new Command("left", 0.875f, 12.5, System.nanoTime()));
                osc.onPrediction(new Prediction(new String[] {"left", "right", "rest"},
                        new float[] {0.625f, 0.25f, 0.125f}, null, 13.0, 1000));
                osc.accept(new Command(ControlPolicy.STOP, 1f, 13.0, System.nanoTime()));
            }
            Message command = receive(receiver);
            assertEquals("/attend/command", command.address());
            assertEquals(",sf", command.typeTags());
            assertEquals(List.of("left", 0.875f), command.arguments());
            for (Object[] expected : new Object[][] {{"left", 0.625f}, {"right", 0.25f}, {"rest", 0.125f}}) {
                Message p = receive(receiver);
                assertEquals("/attend/p/" + expected[0], p.address());
                assertEquals(",f", p.typeTags());
                assertEquals(List.of(expected[1]), p.arguments());
            }
            Message stop = receive(receiver);
            assertEquals("/attend/command", stop.address());
            assertEquals(List.of("stop", 1f), stop.arguments());
        }
    }

    @Test
    void nobodyListeningIsNotAnError() throws Exception {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        try (OscOutput osc = new OscOutput(new InetSocketAddress("127.0.0.1", closedPort), List.of("left"))) {
            for (int i = 0; i < 3; i++) {
                osc.accept(new Command("left", 0.9f, i, System.nanoTime()));
            }
        }
    }

    @Test
    void classesThatCannotBeAddressesAreRefusedInOneLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OscOutput(new InetSocketAddress("127.0.0.1", 9000), List.of("left hand", "right")));
        assertTrue(e.getMessage().contains("'left hand'"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new OscOutput(new InetSocketAddress("127.0.0.1", 9000), List.of("a/b")));
    }

    @Test
    void endpointsDefaultToLoopbackAndNameTheOption() {
        InetSocketAddress a = Endpoints.target("9000", "--osc");
        assertEquals("127.0.0.1", a.getHostString());
        assertEquals(9000, a.getPort());
        assertEquals(0, Endpoints.listen("0", "--websocket").getPort());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Endpoints.target("0", "--osc"));
        assertTrue(e.getMessage().startsWith("--osc must be [host:]port"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Endpoints.target("localhost:70000", "--osc"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.target(":9000", "--osc"));
        assertThrows(IllegalArgumentException.class, () -> Endpoints.listen("host:x", "--websocket"));
    }

    private static Message receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        socket.receive(packet);
        return decode(ByteBuffer.wrap(packet.getData(), 0, packet.getLength()));
    }

    /** OSC 1.0: padded address string, padded type tag string, big-endian int32/float32 and padded strings. */
    static Message decode(ByteBuffer bytes) {
        String address = oscString(bytes);
        String tags = oscString(bytes);
        List<Object> arguments = new ArrayList<>();
        for (char tag : tags.substring(1).toCharArray()) {
            switch (tag) {
                case 'f' -> arguments.add(bytes.getFloat());
                case 'i' -> arguments.add(bytes.getInt());
                case 's' -> arguments.add(oscString(bytes));
                default -> throw new AssertionError("unexpected OSC type tag " + tag);
            }
        }
        assertEquals(0, bytes.remaining(), "no trailing bytes");
        return new Message(address, tags, arguments);
    }

    private static String oscString(ByteBuffer bytes) {
        int start = bytes.position();
        int end = start;
        while (bytes.get(end) != 0) {
            end++;
        }
        String s = new String(bytes.array(), bytes.arrayOffset() + start, end - start, StandardCharsets.US_ASCII);
        int padded = (end - start + 4) / 4 * 4; // the terminating NUL, then NULs up to a multiple of 4
        bytes.position(start + padded);
        return s;
    }
}
