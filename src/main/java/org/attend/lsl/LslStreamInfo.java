package org.attend.lsl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.attend.stream.ChannelFormat;

/**
 * The description of one LSL stream, field for field as in liblsl's {@code <info>} XML (PROTOCOL.md section 3).
 *
 * @param name          stream name, never empty
 * @param type          content type such as {@code EEG}, may be empty
 * @param channelCount  channels per sample
 * @param format        channel format
 * @param sourceId      stable id of the data source, needed for recovery; may be empty
 * @param nominalSrate  nominal rate in Hz; 0 for irregular streams
 * @param version       protocol version times 100 (110)
 * @param createdAt     outlet clock when the outlet was created, seconds
 * @param uid           lowercase UUID of this outlet instance
 * @param sessionId     LSL session id ({@code default})
 * @param hostname      host of the outlet
 * @param v4address     IPv4 address, filled in by the resolver from the reply's source; empty on the wire
 * @param v4dataPort    TCP data port (IPv4), 0 if none
 * @param v4servicePort UDP service port (IPv4), 0 if none
 * @param v6address     IPv6 address, filled in like {@code v4address}
 * @param v6dataPort    TCP data port (IPv6), 0 if none
 * @param v6servicePort UDP service port (IPv6), 0 if none
 * @param desc          children of {@code <desc>}; empty in a shortinfo
 */
public record LslStreamInfo(String name, String type, int channelCount, ChannelFormat format, String sourceId,
                            double nominalSrate, int version, double createdAt, String uid, String sessionId,
                            String hostname, String v4address, int v4dataPort, int v4servicePort,
                            String v6address, int v6dataPort, int v6servicePort, List<DescNode> desc) {

    /** Highest protocol version this implementation speaks (1.10). */
    public static final int PROTOCOL_VERSION = 110;

    public LslStreamInfo {
        Objects.requireNonNull(format, "format");
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("an LSL stream needs a non-empty name");
        }
        if (channelCount < 0) {
            throw new IllegalArgumentException("channel count must be >= 0, got " + channelCount);
        }
        if (nominalSrate < 0 || Double.isNaN(nominalSrate)) {
            throw new IllegalArgumentException("nominal rate must be >= 0 Hz, got " + nominalSrate);
        }
        type = nz(type);
        sourceId = nz(sourceId);
        uid = nz(uid);
        sessionId = nz(sessionId);
        hostname = nz(hostname);
        v4address = nz(v4address);
        v6address = nz(v6address);
        desc = List.copyOf(desc);
    }

    /** A new stream description for an outlet about to be created (fresh uid, no ports yet). */
    public static LslStreamInfo create(String name, String type, int channelCount, ChannelFormat format,
                                       double nominalSrate, String sourceId) {
        return new LslStreamInfo(name, type, channelCount, format, sourceId, nominalSrate, PROTOCOL_VERSION,
                LslClock.now(), UUID.randomUUID().toString(), "default", localHostName(), "", 0, 0, "", 0, 0,
                List.of());
    }

    /** This info with the conventional channel description (labels, unit, type) in {@code desc}. */
    public LslStreamInfo withChannels(List<String> labels, String unit, String channelType) {
        if (labels.size() != channelCount) {
            throw new IllegalArgumentException(labels.size() + " channel labels for " + channelCount + " channels");
        }
        List<DescNode> d = new ArrayList<>(desc.stream().filter(n -> !n.name().equals("channels")).toList());
        d.add(DescNode.channels(labels, unit, channelType));
        return withDesc(d);
    }

    public LslStreamInfo withDesc(List<DescNode> newDesc) {
        return new LslStreamInfo(name, type, channelCount, format, sourceId, nominalSrate, version, createdAt, uid,
                sessionId, hostname, v4address, v4dataPort, v4servicePort, v6address, v6dataPort, v6servicePort,
                newDesc);
    }

    /** This info as an outlet announces it: session, IPv4 ports (IPv6 ports 0). */
    public LslStreamInfo withEndpoints(String session, int dataPort, int servicePort) {
        return new LslStreamInfo(name, type, channelCount, format, sourceId, nominalSrate, version, createdAt, uid,
                session, hostname, "", dataPort, servicePort, "", 0, 0, desc);
    }

    /** This info with the IPv4 address the resolver saw the reply come from. */
    public LslStreamInfo withV4Address(String address) {
        return new LslStreamInfo(name, type, channelCount, format, sourceId, nominalSrate, version, createdAt, uid,
                sessionId, hostname, address, v4dataPort, v4servicePort, v6address, v6dataPort, v6servicePort, desc);
    }

    /** The same stream without its meta-data, as sent in discovery replies. */
    public LslStreamInfo shortInfo() {
        return withDesc(List.of());
    }

    /** Channel labels from {@code desc/channels/channel/label}, or an empty list when not described. */
    public List<String> channelLabels() {
        return channelField("label");
    }

    /** Channel units from {@code desc/channels/channel/unit}, or an empty list when not described. */
    public List<String> channelUnits() {
        return channelField("unit");
    }

    /** Channel types from {@code desc/channels/channel/type}, or an empty list when not described. */
    public List<String> channelTypes() {
        return channelField("type");
    }

    private List<String> channelField(String field) {
        return desc.stream().filter(n -> n.name().equals("channels")).findFirst()
                .map(c -> c.all("channel").stream().map(ch -> ch.childText(field)).toList())
                .orElse(List.of());
    }

    /** Seconds between samples, or 0 for irregular streams. */
    public double samplePeriod() {
        return nominalSrate > 0 ? 1.0 / nominalSrate : 0.0;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
