package org.attend.lsl;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers UDP requests for one outlet: {@code LSL:shortinfo} queries (on the service port and the discovery
 * port) and, on the service port only, {@code LSL:timedata} probes.
 */
final class ServiceResponder implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceResponder.class);

    private final DatagramSocket socket;
    private final JavaOutlet outlet;
    private final boolean answersTimeData;

    ServiceResponder(DatagramSocket socket, JavaOutlet outlet, boolean answersTimeData) {
        this.socket = socket;
        this.outlet = outlet;
        this.answersTimeData = answersTimeData;
    }

    @Override
    public void run() {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                double received = LslClock.now();
                String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                byte[] reply = answer(text, received);
                if (reply != null) {
                    int port = text.startsWith("LSL:shortinfo") ? replyPort(text) : p.getPort();
                    if (port > 0) {
                        socket.send(new DatagramPacket(reply, reply.length,
                                new InetSocketAddress(p.getAddress(), port)));
                    }
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.debug("service socket of '{}': {}", outlet.info().name(), e.toString());
                }
            }
        }
    }

    /** The reply to one datagram, or null when none is due. */
    byte[] answer(String text, double received) {
        String[] lines = text.split("\n");
        String method = lines[0].trim();
        if (method.equals("LSL:shortinfo") && lines.length >= 3) {
            String[] tail = lines[2].trim().split("\\s+");
            if (tail.length == 2 && outlet.matches(lines[1].trim())) {
                return (tail[1] + "\r\n" + InfoXml.shortInfo(outlet.info())).getBytes(StandardCharsets.UTF_8);
            }
        } else if (method.equals("LSL:timedata") && answersTimeData && lines.length >= 2) {
            String[] tail = lines[1].trim().split("\\s+");
            if (tail.length == 2) {
                return (" " + tail[0] + " " + tail[1] + " " + LslNumbers.plain16(received) + " "
                        + LslNumbers.plain16(LslClock.now())).getBytes(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static int replyPort(String text) {
        String[] lines = text.split("\n");
        try {
            int port = Integer.parseInt(lines[2].trim().split("\\s+")[0]);
            return port > 0 && port < 65536 ? port : -1;
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
