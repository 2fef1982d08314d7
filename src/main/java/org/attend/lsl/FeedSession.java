package org.attend.lsl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.attend.stream.ChannelFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one TCP connection on an outlet's data port: {@code LSL:fullinfo}, {@code LSL:shortinfo},
 * {@code LSL:streamfeed/110} with negotiation (PROTOCOL.md 6.3) and the 1.00 {@code LSL:streamfeed}.
 */
final class FeedSession implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSession.class);
    /** The answer to a feed request that makes no sense (a negative size, a version that is no number). */
    static final String BAD_REQUEST = "LSL/110 400 Bad request";
    /** Byte swaps per 10 ms this outlet claims (liblsl measures about 3e6 on the lab machines). */
    static final double ENDIAN_PERFORMANCE = 1e7;

    private final Socket socket;
    private final JavaOutlet outlet;
    private final String peer;

    FeedSession(Socket socket, JavaOutlet outlet) {
        this.socket = socket;
        this.outlet = outlet;
        this.peer = "inlet " + socket.getRemoteSocketAddress() + " of stream '" + outlet.info().name() + "'";
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            String first = WireText.readLine(in, peer);
            String method = first == null ? "" : first.trim();
            if (method.equals("LSL:fullinfo")) {
                out.write(InfoXml.bytes(InfoXml.fullInfo(outlet.info())));
            } else if (method.equals("LSL:shortinfo")) {
                String query = WireText.readLine(in, peer);
                if (query != null && outlet.matches(query.trim())) {
                    out.write(InfoXml.bytes(InfoXml.shortInfo(outlet.info())));
                }
            } else if (method.startsWith(FeedRequest.PREFIX)) {
                feed110(method, in, out);
            } else if (method.equals("LSL:streamfeed")) {
                String params = WireText.readLine(in, peer);
                String[] p = params == null ? new String[0] : params.trim().split("\\s+");
                long maxBuffer = p.length > 0 && !p[0].isEmpty() ? parse(p[0]) : 1;
                long maxChunk = p.length > 1 ? parse(p[1]) : 0;
                SampleWriter w = SampleWriter.archive100(outlet.info().format());
                w.archiveHeader(InfoXml.shortInfo(outlet.info()));
                stream(w, out, maxBuffer, maxChunk);
            } else {
                LOG.debug("{}: unknown request '{}', dropped", peer, method);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: session ended: {}", peer, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void feed110(String requestLine, InputStream in, OutputStream out)
            throws IOException, InterruptedException {
        Map<String, String> h = WireText.readHeaders(in, peer);
        ChannelFormat format = outlet.info().format();
        FeedRequest request;
        try {
            request = FeedRequest.parse(requestLine, h, format.announcedValueSize(), peer);
        } catch (LslProtocolException e) {
            LOG.debug("{}: answered 400: {}", peer, e.getMessage());
            out.write(WireText.ascii(BAD_REQUEST));
            return;
        }
        if (request.version() / 100 > LslStreamInfo.PROTOCOL_VERSION / 100 || request.version() < 100) {
            out.write(WireText.ascii("LSL/110 505 Version not supported"));
            return;
        }
        if (!request.uid().isEmpty() && !request.uid().equals(outlet.info().uid())) {
            out.write(WireText.ascii("LSL/110 404 Not found"));
            return;
        }
        int protocol = Math.min(LslStreamInfo.PROTOCOL_VERSION, request.version());
        if (format != ChannelFormat.STRING && request.valueSize() != format.valueBytes()) {
            protocol = 100;
        }
        if (!request.ieeeFloats()) {
            protocol = 100;
        }
        boolean suppress = format.isFloatingPoint() && !request.subnormals();
        boolean swap = protocol >= 110 && swapFor(request, format);
        String header = "LSL/110 200 OK\r\nUID: " + outlet.info().uid() + "\r\nByte-Order: " + (swap ? 4321 : 1234)
                + "\r\nSuppress-Subnormals: " + (suppress ? 1 : 0) + "\r\nData-Protocol-Version: " + protocol
                + "\r\n\r\n";
        SampleWriter w;
        if (protocol >= 110) {
            w = SampleWriter.binary110(format, swap ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            w.writeRaw(header.getBytes(StandardCharsets.US_ASCII));
        } else {
            w = SampleWriter.archive100(format);
            w.writeRaw(header.getBytes(StandardCharsets.US_ASCII));
            w.archiveHeader(InfoXml.shortInfo(outlet.info()));
        }
        stream(w, out, request.maxBuffer(), request.maxChunk());
    }

    /**
     * liblsl's rule (PROTOCOL.md 6.3): the server writes the client's byte order when that order is the other
     * standard one, values are wider than a byte, and the server swaps faster than the client says it does.
     * Swapping is free for a ByteBuffer, so this outlet claims {@link #ENDIAN_PERFORMANCE}.
     */
    private static boolean swapFor(FeedRequest request, ChannelFormat format) {
        return request.byteOrder() == 4321 && format.announcedValueSize() > 1
                && ENDIAN_PERFORMANCE > request.endianPerformance();
    }

    /** Test patterns, then data from a fresh consumer queue until the connection or the outlet closes. */
    private void stream(SampleWriter w, OutputStream out, long maxBuffer, long maxChunk)
            throws IOException, InterruptedException {
        LslStreamInfo info = outlet.info();
        // Registered before the test patterns go out (liblsl does it just after), so that a sample pushed
        // as soon as the inlet has verified them is never missed.
        ConsumerQueue<ConsumerQueue.Item> queue = maxBuffer > 0 ? outlet.addConsumer((int) Math.min(maxBuffer, Integer.MAX_VALUE)) : null;
        try {
            for (int offset : TestPatterns.OFFSETS) {
                LslSample p = TestPatterns.sample(info.format(), info.channelCount(), offset);
                w.write(p.timestamp(), p.values());
            }
            w.flushTo(out);
            if (queue != null) {
                socket.setSoTimeout(0);
                send(queue, w, out, maxChunk > 0 ? maxChunk : Long.MAX_VALUE);
            }
        } finally {
            if (queue != null) {
                outlet.removeConsumer(queue);
            }
        }
    }

    /** Writes queued samples, one write per pushthrough sample or per {@code chunkLimit} samples. */
    private static void send(ConsumerQueue<ConsumerQueue.Item> queue, SampleWriter w, OutputStream out, long chunkLimit)
            throws IOException, InterruptedException {
        int gathered = 0;
        while (true) {
            ConsumerQueue.Item item = queue.take(500);
            if (item == null) {
                if (queue.isClosed()) {
                    break;
                }
                continue;
            }
            w.write(item.timestamp(), item.values());
            gathered++;
            if (item.pushthrough() || gathered >= chunkLimit) {
                w.flushTo(out);
                gathered = 0;
            }
        }
        if (w.pending() > 0) {
            w.flushTo(out);
        }
    }

    private long parse(String s) throws LslProtocolException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new LslProtocolException(peer + ": bad 1.00 feed parameter '" + s + "'");
        }
    }
}
