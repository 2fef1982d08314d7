package org.attend.lsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * LSL settings under liblsl's names ({@code lsl_api.cfg}), read from the first readable file of: the
 * {@code LSLAPICFG} environment variable, {@code ./lsl_api.cfg}, {@code ~/lsl_api/lsl_api.cfg},
 * {@code /etc/lsl_api/lsl_api.cfg}; liblsl's defaults otherwise.
 *
 * @param multicastPort      {@code [ports] MulticastPort}: discovery port (16571)
 * @param basePort           {@code [ports] BasePort}: first port of the range (16572)
 * @param portRange          {@code [ports] PortRange}: size of the range (32)
 * @param allowRandomPorts   {@code [ports] AllowRandomPorts}: ephemeral port when the range is full
 * @param ipv6               {@code [ports] IPv6}: disable, allow or force
 * @param resolveScope       {@code [multicast] ResolveScope}
 * @param knownPeers         {@code [lab] KnownPeers}: hosts queried by unicast over the port range
 * @param sessionId          {@code [lab] SessionID}
 * @param useProtocolVersion {@code [tuning] UseProtocolVersion}: highest data protocol an inlet asks for
 * @param source             the file these settings came from, empty for the defaults
 */
public record LslConfig(int multicastPort, int basePort, int portRange, boolean allowRandomPorts, IpMode ipv6,
                        ResolveScope resolveScope, List<String> knownPeers, String sessionId,
                        int useProtocolVersion, Optional<Path> source) {

    /** {@code [ports] IPv6}. */
    public enum IpMode { DISABLE, ALLOW, FORCE }

    public LslConfig {
        knownPeers = List.copyOf(knownPeers);
        if (portRange < 1 || basePort < 1 || basePort + portRange - 1 > 65535) {
            throw new IllegalArgumentException("bad port range " + basePort + "+" + portRange);
        }
    }

    /** liblsl's built-in defaults (site scope, no known peers). */
    public static LslConfig defaults() {
        return new LslConfig(16571, 16572, 32, true, IpMode.ALLOW, ResolveScope.SITE, List.of(), "default", 110,
                Optional.empty());
    }

    /** The settings this process uses: the first readable file in liblsl's search order, else defaults. */
    public static LslConfig load() {
        return load(candidates(System.getenv("LSLAPICFG"), Path.of(""), Path.of(System.getProperty("user.home"))));
    }

    /** Reads the first readable candidate file, or the defaults. */
    static LslConfig load(List<Path> candidates) {
        for (Path p : candidates) {
            if (Files.isRegularFile(p) && Files.isReadable(p)) {
                return parse(p);
            }
        }
        return defaults();
    }

    /** liblsl's search order, given the environment variable (may be null), working and home directories. */
    public static List<Path> candidates(String lslApiCfg, Path workingDir, Path home) {
        List<Path> out = new ArrayList<>();
        if (lslApiCfg != null && !lslApiCfg.isBlank()) {
            out.add(Path.of(lslApiCfg));
        }
        out.add(workingDir.resolve("lsl_api.cfg"));
        out.add(home.resolve("lsl_api").resolve("lsl_api.cfg"));
        out.add(Path.of("/etc/lsl_api/lsl_api.cfg"));
        return out;
    }

    /** Reads one config file; unknown keys are ignored as liblsl does. */
    public static LslConfig parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read LSL config " + file, e);
        }
        try {
            return fromIni(ini(text), Optional.of(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("LSL config " + file + ": " + e.getMessage(), e);
        }
    }

    /** Settings from the text of a config file. */
    public static LslConfig parseText(String text) {
        return fromIni(ini(text), Optional.empty());
    }

    private static LslConfig fromIni(Map<String, String> ini, Optional<Path> source) {
        LslConfig d = defaults();
        return new LslConfig(
                integer(ini, "ports.multicastport", d.multicastPort),
                integer(ini, "ports.baseport", d.basePort),
                integer(ini, "ports.portrange", d.portRange),
                bool(ini, "ports.allowrandomports", d.allowRandomPorts),
                ipMode(ini.getOrDefault("ports.ipv6", "allow")),
                ini.containsKey("multicast.resolvescope")
                        ? ResolveScope.parse(ini.get("multicast.resolvescope")) : d.resolveScope,
                list(ini.getOrDefault("lab.knownpeers", "")),
                ini.getOrDefault("lab.sessionid", d.sessionId),
                integer(ini, "tuning.useprotocolversion", d.useProtocolVersion),
                source);
    }

    /** Whether every socket should stay on 127.0.0.1: machine scope with only loopback known peers. */
    public boolean loopbackOnly() {
        return resolveScope == ResolveScope.MACHINE
                && knownPeers.stream().allMatch(p -> p.equals("127.0.0.1") || p.equalsIgnoreCase("localhost"));
    }

    /** The address servers and resolvers bind: 127.0.0.1 when {@link #loopbackOnly()}, else any. */
    public String bindAddress() {
        return loopbackOnly() ? "127.0.0.1" : "0.0.0.0";
    }

    private static Map<String, String> ini(String text) {
        Map<String, String> out = new HashMap<>();
        String section = "";
        int lineNo = 0;
        for (String raw : text.split("\r?\n")) {
            lineNo++;
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new IllegalArgumentException("line " + lineNo + ": unterminated section '" + line + "'");
                }
                section = line.substring(1, line.length() - 1).trim().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": expected key = value, got '" + line + "'");
            }
            String value = line.substring(eq + 1);
            int comment = value.indexOf(';');
            if (comment >= 0) {
                value = value.substring(0, comment);
            }
            out.put(section + "." + line.substring(0, eq).trim().toLowerCase(Locale.ROOT), value.trim());
        }
        return out;
    }

    private static int integer(Map<String, String> ini, String key, int dflt) {
        String v = ini.get(key);
        if (v == null) {
            return dflt;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not an integer: '" + v + "'");
        }
    }

    private static boolean bool(Map<String, String> ini, String key, boolean dflt) {
        String v = ini.get(key);
        if (v == null) {
            return dflt;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(key + " is not a boolean: '" + v + "'");
        };
    }

    private static IpMode ipMode(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "disable", "disabled" -> IpMode.DISABLE;
            case "allow", "allowed" -> IpMode.ALLOW;
            case "force", "forced" -> IpMode.FORCE;
            default -> throw new IllegalArgumentException("IPv6 must be disable, allow or force, got '" + v + "'");
        };
    }

    /** A liblsl list value: {@code {a, b}} or a single value. */
    static List<String> list(String v) {
        String s = v.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
