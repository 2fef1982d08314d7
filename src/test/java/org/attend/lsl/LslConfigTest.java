package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LslConfigTest {

    @Test
    void searchOrderIsLiblsls() {
        assertEquals(List.of(Path.of("/x/my.cfg"), Path.of("/work/lsl_api.cfg"), Path.of("/home/u/lsl_api/lsl_api.cfg"),
                        Path.of("/etc/lsl_api/lsl_api.cfg")),
                LslConfig.candidates("/x/my.cfg", Path.of("/work"), Path.of("/home/u")));
        assertEquals(List.of(Path.of("/work/lsl_api.cfg"), Path.of("/home/u/lsl_api/lsl_api.cfg"),
                Path.of("/etc/lsl_api/lsl_api.cfg")), LslConfig.candidates(null, Path.of("/work"), Path.of("/home/u")));
    }

    @Test
    void firstReadableFileWinsElseDefaults(@TempDir Path dir) throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("lsl_api"));
        Files.writeString(home.resolve("lsl_api/lsl_api.cfg"), "[multicast]\nResolveScope = link\n");
        LslConfig fromHome = LslConfig.load(LslConfig.candidates(dir.resolve("missing.cfg").toString(), cwd, home));
        assertEquals(ResolveScope.LINK, fromHome.resolveScope());
        assertEquals(home.resolve("lsl_api/lsl_api.cfg"), fromHome.source().orElseThrow());
        Files.writeString(cwd.resolve("lsl_api.cfg"), "[lab]\nSessionID = lab7\n");
        assertEquals("lab7", LslConfig.load(LslConfig.candidates(null, cwd, home)).sessionId());
        LslConfig d = LslConfig.load(List.of(dir.resolve("none.cfg")));
        assertEquals(LslConfig.defaults(), d);
        assertEquals(ResolveScope.SITE, d.resolveScope());
    }

    @Test
    void theLabLoopbackFileReadsAsMachineScopeOn127001() {
        LslConfig c = LslTestSupport.loopback();
        assertEquals(16571, c.multicastPort());
        assertEquals(16572, c.basePort());
        assertEquals(32, c.portRange());
        assertEquals(LslConfig.IpMode.DISABLE, c.ipv6());
        assertEquals(List.of("127.0.0.1"), c.knownPeers());
        assertEquals("default", c.sessionId());
        assertTrue(c.loopbackOnly());
    }

    @Test
    void everyKeyAndBadValues() {
        LslConfig c = LslConfig.parseText("""
                ; comment
                [ports]
                MulticastPort = 17000 ; trailing comment
                BasePort = 17001
                PortRange = 8
                AllowRandomPorts = 0
                IPv6 = forced
                [multicast]
                ResolveScope = organization
                [lab]
                KnownPeers = {10.0.0.1, host-b}
                SessionID = s1
                [tuning]
                UseProtocolVersion = 100
                """);
        assertEquals(17000, c.multicastPort());
        assertEquals(17001, c.basePort());
        assertEquals(8, c.portRange());
        assertFalse(c.allowRandomPorts());
        assertEquals(LslConfig.IpMode.FORCE, c.ipv6());
        assertEquals(ResolveScope.ORGANIZATION, c.resolveScope());
        assertEquals(List.of("10.0.0.1", "host-b"), c.knownPeers());
        assertEquals("s1", c.sessionId());
        assertEquals(100, c.useProtocolVersion());
        assertFalse(c.loopbackOnly());
        assertEquals("0.0.0.0", c.bindAddress());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LslConfig.parseText("[multicast]\nResolveScope = planet\n"));
        assertTrue(e.getMessage().contains("planet"));
        assertThrows(IllegalArgumentException.class, () -> LslConfig.parseText("[ports]\nBasePort = x\n"));
        assertThrows(IllegalArgumentException.class, () -> LslConfig.parseText("[ports]\nIPv6 = maybe\n"));
    }
}
