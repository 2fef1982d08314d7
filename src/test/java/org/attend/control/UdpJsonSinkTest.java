package org.attend.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.attend.stream.Command;
import org.junit.jupiter.api.Test;

class UdpJsonSinkTest {

    @Test
    void sendsOneJsonDatagramPerCommandOnLoopback() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(5000);
            try (UdpJsonSink sink = new UdpJsonSink(UdpJsonSink.parseTarget("127.0.0.1:" + receiver.getLocalPort()))) {
                sink.accept(new Command("left", 0.875f, 12.5, System.nanoTime()));
            }
            DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
            receiver.receive(packet);
            JsonNode json = new ObjectMapper().readTree(packet.getData(), 0, packet.getLength());
            assertEquals("command", json.get("type").asText());
            assertEquals("left", json.get("command").asText());
            assertEquals(0.875, json.get("confidence").asDouble(), 1e-9);
            assertEquals(12.5, json.get("source_time").asDouble(), 1e-9);
        }
    }

    @Test
    void targetDefaultsToLoopbackAndRejectsBadPorts() {
        InetSocketAddress target = UdpJsonSink.parseTarget("9000");
        assertEquals("127.0.0.1", target.getHostString());
        assertEquals(9000, target.getPort());
        assertThrows(IllegalArgumentException.class, () -> UdpJsonSink.parseTarget("localhost:99999"));
        assertThrows(IllegalArgumentException.class, () -> UdpJsonSink.parseTarget("host:abc"));
    }
}
