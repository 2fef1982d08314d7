package org.attend.lsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * liblsl's resolve scopes. Each scope adds query targets to the smaller ones (PROTOCOL.md section 2); the
 * TTL is the largest scope's. {@link #MACHINE} has the single unicast target 127.0.0.1: no group is joined
 * and no multicast or broadcast is sent.
 */
public enum ResolveScope {
    MACHINE(0, List.of("127.0.0.1"), List.of()),
    LINK(1, List.of("255.255.255.255", "224.0.0.1", "224.0.0.183"), List.of("FF02")),
    SITE(24, List.of("239.255.172.215"), List.of("FF05")),
    ORGANIZATION(32, List.of(), List.of("FF08")),
    GLOBAL(255, List.of(), List.of("FF0E"));

    /** liblsl's default {@code [multicast] IPv6MulticastGroup} suffix. */
    public static final String IPV6_GROUP_SUFFIX = "113D:6FDD:2C17:A643:FFE2:1BD1:3CD2";

    private final int ttl;
    private final List<String> v4;
    private final List<String> v6Prefixes;

    ResolveScope(int ttl, List<String> v4, List<String> v6Prefixes) {
        this.ttl = ttl;
        this.v4 = v4;
        this.v6Prefixes = v6Prefixes;
    }

    /** Multicast hop limit used for this scope. */
    public int ttl() {
        return ttl;
    }

    /** IPv4 query targets of this scope and every smaller one. */
    public List<String> ipv4Targets() {
        List<String> out = new ArrayList<>();
        for (ResolveScope s : values()) {
            if (s.ordinal() <= ordinal()) {
                out.addAll(s.v4);
            }
        }
        return out;
    }

    /** IPv6 multicast groups of this scope and every smaller one. */
    public List<String> ipv6Targets() {
        List<String> out = new ArrayList<>();
        for (ResolveScope s : values()) {
            if (s.ordinal() <= ordinal()) {
                s.v6Prefixes.forEach(p -> out.add(p + ":" + IPV6_GROUP_SUFFIX));
            }
        }
        return out;
    }

    /** Parses liblsl's config value ({@code machine}, {@code link}, ...). */
    public static ResolveScope parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ResolveScope '" + s
                    + "' (expected machine, link, site, organization or global)");
        }
    }
}
