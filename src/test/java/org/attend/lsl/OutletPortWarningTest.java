package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.attend.stream.ChannelFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/** An outlet (as {@code attend lsl send} opens) warns when resolvers may not find it: its ports are taken. */
@Timeout(30)
class OutletPortWarningTest {

    @Test
    void takenRangeAndDiscoveryPortAreWarnedAbout() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        Logger logger = (Logger) LoggerFactory.getLogger(JavaOutlet.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (ServerSocket tcp = new ServerSocket(0, 50, loopback);
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, tcp.getLocalPort()));
             DatagramSocket discovery = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            int port = tcp.getLocalPort();
            LslConfig config = LslConfig.parseText(String.join("\n", "[ports]", "IPv6 = disable",
                    "BasePort = " + port, "PortRange = 1", "MulticastPort = " + discovery.getLocalPort(),
                    "[multicast]", "ResolveScope = machine", "[lab]", "KnownPeers = {127.0.0.1}", ""));
            try (JavaOutlet outlet = new JavaOutlet(LslStreamInfo.create("Taken", "EEG", 1, ChannelFormat.FLOAT32,
                    100, "taken"), config)) {
                List<String> warnings = appender.list.stream()
                        .filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
                assertEquals(2, warnings.size(), warnings.toString());
                assertTrue(warnings.get(0).startsWith("outlet 'Taken': every LSL port " + port + ".." + port
                        + " is taken, so it listens on port "), warnings.get(0));
                assertTrue(outlet.info().v4dataPort() != port);
                assertEquals("outlet 'Taken': the discovery port " + discovery.getLocalPort() + " could not be "
                        + "bound; only queries sent to its own port " + outlet.info().v4servicePort() + " find it",
                        warnings.get(1));
            }
        } finally {
            logger.detachAppender(appender);
        }
    }
}
