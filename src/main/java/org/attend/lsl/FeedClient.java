package org.attend.lsl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteOrder;
import java.util.Map;
import org.attend.stream.ChannelFormat;

/**
 * The client side of a data connection: sends the streamfeed request with liblsl's headers, checks the
 * response (status, uid, byte order, protocol) and both test-pattern samples.
 */
final class FeedClient {

    /** An open, verified data connection. */
    record Connection(Socket socket, SampleReader reader, int protocol) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private FeedClient() {
    }

    static String host(LslStreamInfo info) {
        return info.v4address().isEmpty() ? "127.0.0.1" : info.v4address();
    }

    static Connection connect(LslStreamInfo info, LslConfig config, InletOptions options, int timeoutMillis)
            throws IOException {
        String peer = "LSL stream '" + info.name() + "' at " + host(info) + ":" + info.v4dataPort();
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host(info), info.v4dataPort()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
            OutputStream out = socket.getOutputStream();
            int proposed = Math.min(config.useProtocolVersion(), info.version());
            long maxBuffer = options.bufferSamples(info);
            SampleReader reader;
            int protocol;
            if (proposed >= 110) {
                out.write(WireText.ascii(request110(info, proposed, maxBuffer, options.maxChunkLength())));
                out.flush();
                String status = WireText.readLine(in, peer);
                checkStatus(status, peer);
                Map<String, String> h = WireText.readHeaders(in, peer);
                String uid = h.getOrDefault("uid", "");
                if (!uid.equals(info.uid())) {
                    throw new LslProtocolException(peer + ": response is for uid '" + uid + "', asked for "
                            + info.uid());
                }
                long order = WireText.number(h, "byte-order", 1234, peer);
                ByteOrder byteOrder = order == 4321 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
                if (order != 0 && order != 1234 && order != 4321) {
                    throw new LslProtocolException(peer + ": unsupported Byte-Order " + order);
                }
                protocol = (int) WireText.number(h, "data-protocol-version", 110, peer);
                boolean suppress = WireText.number(h, "suppress-subnormals", 0, peer) != 0;
                reader = new SampleReader(in, info, byteOrder, protocol < 110, suppress, peer);
            } else {
                out.write(WireText.ascii("LSL:streamfeed\r\n" + maxBuffer + " " + options.maxChunkLength() + "\r\n"));
                out.flush();
                protocol = 100;
                reader = new SampleReader(in, info, ByteOrder.LITTLE_ENDIAN, true, false, peer);
            }
            if (protocol < 110) {
                reader.readArchiveHeader(info.uid());
            }
            for (int offset : TestPatterns.OFFSETS) {
                LslSample got = reader.readTestPattern();
                if (!got.sameAs(TestPatterns.sample(info.format(), info.channelCount(), offset))) {
                    throw new LslProtocolException(peer + ": test-pattern samples do not match (offset " + offset
                            + ")");
                }
            }
            socket.setSoTimeout(0);
            return new Connection(socket, reader, protocol);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The 1.10 request exactly as liblsl's inlet writes it. */
    static String request110(LslStreamInfo info, int version, long maxBuffer, int maxChunk) {
        ChannelFormat f = info.format();
        return "LSL:streamfeed/" + version + " " + info.uid() + "\r\n"
                + "Native-Byte-Order: 1234\r\n"
                // we never want the server to swap for us: we read either order
                + "Endian-Performance: 0\r\n"
                + "Has-IEEE754-Floats: 1\r\n"
                + "Supports-Subnormals: " + (f.isFloatingPoint() ? 1 : 0) + "\r\n"
                + "Value-Size: " + f.announcedValueSize() + "\r\n"
                + "Data-Protocol-Version: " + version + "\r\n"
                + "Max-Buffer-Length: " + maxBuffer + "\r\n"
                + "Max-Chunk-Length: " + maxChunk + "\r\n"
                + "Hostname: " + info.hostname() + "\r\n"
                + "Source-Id: " + info.sourceId() + "\r\n"
                + "Session-Id: " + info.sessionId() + "\r\n"
                + "\r\n";
    }

    private static void checkStatus(String status, String peer) throws LslProtocolException {
        if (status == null) {
            throw new LslProtocolException(peer + ": connection closed before a response");
        }
        String[] parts = status.trim().split("\\s+", 3);
        if (parts.length < 2 || !parts[0].startsWith("LSL/")) {
            throw new LslProtocolException(peer + ": not an LSL response: '" + status + "'");
        }
        int version;
        int code;
        try {
            version = Integer.parseInt(parts[0].substring(4));
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new LslProtocolException(peer + ": bad status line '" + status + "'");
        }
        if (version / 100 > LslStreamInfo.PROTOCOL_VERSION / 100) {
            throw new LslProtocolException(peer + ": outlet speaks protocol " + version + ", newer than ours");
        }
        if (code != 200) {
            throw new LslProtocolException(peer + ": outlet refused the feed: '" + status.trim() + "'");
        }
    }
}
