package org.attend.lsl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal libpcap reader for the lab's captures: Ethernet / IPv4 / TCP and UDP, with each TCP connection
 * reassembled per direction by sequence number (retransmissions dropped) and the server's segment sizes kept.
 */
final class Pcap {

    record Datagram(double time, String src, int srcPort, String dst, int dstPort, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.ISO_8859_1);
        }
    }

    /** One TCP connection: who opened it and what each side sent. */
    static final class Flow {
        final String client;
        final int clientPort;
        final int serverPort;
        final double synTime;
        final ByteArrayOutputStream clientBytes = new ByteArrayOutputStream();
        final ByteArrayOutputStream serverBytes = new ByteArrayOutputStream();
        final List<Integer> serverSegments = new ArrayList<>();
        long clientNext = -1;
        long serverNext = -1;

        Flow(String client, int clientPort, int serverPort, double synTime) {
            this.client = client;
            this.clientPort = clientPort;
            this.serverPort = serverPort;
            this.synTime = synTime;
        }

        byte[] request() {
            return clientBytes.toByteArray();
        }

        byte[] response() {
            return serverBytes.toByteArray();
        }

        String requestText() {
            return new String(request(), StandardCharsets.ISO_8859_1);
        }
    }

    final List<Datagram> datagrams = new ArrayList<>();
    final List<Flow> flows = new ArrayList<>();

    static Pcap read(Path file) throws IOException {
        Pcap p = new Pcap();
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
            throw new IOException(file + ": not a little-endian libpcap file (magic 0x" + Integer.toHexString(magic)
                    + ")");
        }
        double tick = magic == 0xa1b23c4d ? 1e-9 : 1e-6;
        if (b.getInt(20) != 1) {
            throw new IOException(file + ": link type " + b.getInt(20) + ", expected Ethernet (1)");
        }
        b.position(24);
        Map<String, Flow> open = new LinkedHashMap<>();
        while (b.remaining() >= 16) {
            double time = (b.getInt() & 0xFFFFFFFFL) + (b.getInt() & 0xFFFFFFFFL) * tick;
            int captured = b.getInt();
            b.getInt();
            byte[] frame = new byte[captured];
            b.get(frame);
            p.packet(time, ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN), open);
        }
        return p;
    }

    private void packet(double time, ByteBuffer f, Map<String, Flow> open) {
        if (f.getShort(12) != 0x0800) {
            return;
        }
        int ip = 14;
        int ihl = (f.get(ip) & 0x0F) * 4;
        int total = f.getShort(ip + 2) & 0xFFFF;
        int proto = f.get(ip + 9) & 0xFF;
        String src = addr(f, ip + 12);
        String dst = addr(f, ip + 16);
        int l4 = ip + ihl;
        int sport = f.getShort(l4) & 0xFFFF;
        int dport = f.getShort(l4 + 2) & 0xFFFF;
        if (proto == 17) {
            byte[] payload = new byte[(f.getShort(l4 + 4) & 0xFFFF) - 8];
            f.get(l4 + 8, payload);
            datagrams.add(new Datagram(time, src, sport, dst, dport, payload));
        } else if (proto == 6) {
            long seq = f.getInt(l4 + 4) & 0xFFFFFFFFL;
            int flags = f.get(l4 + 13) & 0xFF;
            int dataOffset = ((f.get(l4 + 12) & 0xF0) >> 4) * 4;
            byte[] payload = new byte[total - ihl - dataOffset];
            f.get(l4 + dataOffset, payload);
            boolean syn = (flags & 0x02) != 0;
            boolean ack = (flags & 0x10) != 0;
            String fwd = src + ":" + sport + ">" + dst + ":" + dport;
            String back = dst + ":" + dport + ">" + src + ":" + sport;
            if (syn && !ack) {
                Flow flow = new Flow(src, sport, dport, time);
                flow.clientNext = seq + 1;
                open.put(fwd, flow);
                flows.add(flow);
                return;
            }
            Flow flow = open.get(fwd);
            boolean fromClient = flow != null;
            if (flow == null) {
                flow = open.get(back);
            }
            if (flow == null) {
                return;
            }
            if (syn) {
                flow.serverNext = seq + 1;
                return;
            }
            if (payload.length == 0) {
                return;
            }
            if (fromClient) {
                if (seq == flow.clientNext) {
                    flow.clientBytes.writeBytes(payload);
                    flow.clientNext += payload.length;
                }
            } else if (seq == flow.serverNext) {
                flow.serverBytes.writeBytes(payload);
                flow.serverSegments.add(payload.length);
                flow.serverNext += payload.length;
            }
        }
    }

    private static String addr(ByteBuffer f, int at) {
        return (f.get(at) & 0xFF) + "." + (f.get(at + 1) & 0xFF) + "." + (f.get(at + 2) & 0xFF) + "."
                + (f.get(at + 3) & 0xFF);
    }

    static Pcap capture(String name) throws IOException {
        return read(LslTestSupport.sharedLsl().resolve("captures").resolve(name));
    }

    /** TCP flows whose request starts with {@code prefix}. */
    List<Flow> flows(String prefix) {
        return flows.stream().filter(fl -> fl.requestText().startsWith(prefix)).toList();
    }
}
