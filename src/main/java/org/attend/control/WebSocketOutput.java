package org.attend.control;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A WebSocket server (Java-WebSocket) that pushes every command, prediction and health report as a JSON
 * text message to each connected client. A client must send {@code Authorization: Bearer <token>} in its
 * opening handshake; a missing or wrong token is refused before the connection opens (the comparison takes
 * the same time whatever the token). Messages from clients are ignored.
 */
public final class WebSocketOutput implements ControlOutput {

    /** Fewest characters a token given by the user may have. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private static final Logger LOG = LoggerFactory.getLogger(WebSocketOutput.class);
    private static final long START_TIMEOUT_SECONDS = 10;
    private static final int STOP_TIMEOUT_MS = 1000;

    private final Server server;
    private final InetSocketAddress bound;
    private final byte[] expectedAuthorization;
    private final String token;

    /**
     * Listens on {@code address} (port 0: any free port) for clients holding {@code token}; returns once the
     * server listens, or fails with one line.
     */
    public WebSocketOutput(InetSocketAddress address, String token) throws IOException {
        checkToken(token);
        this.token = token;
        this.expectedAuthorization = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        // bound here rather than by the server's thread, so that a port in use is one line, not a logged trace
        ServerSocketChannel channel = ServerSocketChannel.open();
        try {
            channel.socket().setReuseAddress(true);
            channel.bind(address);
            this.bound = (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            channel.close();
            throw new IOException("websocket: cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + ": " + e.getMessage(), e);
        }
        this.server = new Server(channel);
        server.setDaemon(true);
        server.start();
        try {
            if (!server.started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                stopQuietly();
                throw new IOException("websocket: server on " + bound + " did not start within "
                        + START_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly();
            throw new IOException("websocket: interrupted while starting", e);
        }
        if (server.startFailure != null) {
            stopQuietly();
            throw new IOException("websocket: cannot serve on " + bound + ": " + server.startFailure.getMessage(),
                    server.startFailure);
        }
        if (!address.getAddress().isLoopbackAddress()) {
            LOG.warn("websocket: listening on {}, reachable from other machines", address);
        }
    }

    /** A random token: 32 bytes from {@link SecureRandom}, base64url without padding (43 characters). */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Rejects tokens that are short or that cannot travel in an HTTP header, with one line. */
    public static void checkToken(String token) {
        if (token == null || token.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("--websocket-token must have at least " + MIN_TOKEN_LENGTH
                    + " characters");
        }
        if (token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("--websocket-token may hold printable ASCII only, without spaces");
        }
    }

    /** The port the server listens on (the one chosen when asked for port 0). */
    public int port() {
        return bound.getPort();
    }

    /** The address clients connect to, e.g. {@code ws://127.0.0.1:8765/}. */
    public String url() {
        return "ws://" + bound.getHostString() + ":" + port() + "/";
    }

    /** The token clients must present. */
    public String token() {
        return token;
    }

    /** Clients connected and authorised now. */
    public int clientCount() {
        return server.getConnections().size();
    }

    @Override
    public void accept(Command command) {
        server.broadcast(CommandJson.of(command, Map.of()));
    }

    @Override
    public void onPrediction(Prediction prediction) {
        server.broadcast(PredictionJson.of(prediction));
    }

    @Override
    public void onHealth(StreamHealth health) {
        server.broadcast(HealthJson.of(health));
    }

    @Override
    public void close() throws IOException {
        try {
            server.stop(STOP_TIMEOUT_MS, "session ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("websocket: interrupted while closing", e);
        }
    }

    private void stopQuietly() {
        try {
            server.stop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether an {@code Authorization} header value carries the token, in constant time. */
    boolean authorized(String authorization) {
        byte[] given = authorization == null ? new byte[0] : authorization.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expectedAuthorization);
    }

    private final class Server extends WebSocketServer {

        final CountDownLatch started = new CountDownLatch(1);
        volatile Exception startFailure;

        Server(ServerSocketChannel channel) {
            super(channel);
        }

        @Override
        public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
                                                                          ClientHandshake request)
                throws InvalidDataException {
            ServerHandshakeBuilder response = super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
            String authorization = request.hasFieldValue("Authorization") ? request.getFieldValue("Authorization")
                    : null;
            if (!authorized(authorization)) {
                LOG.warn("websocket: refused {} ({} bearer token)", conn.getRemoteSocketAddress(),
                        authorization == null ? "no" : "a wrong");
                throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "missing or wrong bearer token");
            }
            return response;
        }

        @Override
        public void onStart() {
            started.countDown();
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            LOG.info("websocket: client {} connected", conn.getRemoteSocketAddress());
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            LOG.info("websocket: client {} left ({})", conn.getRemoteSocketAddress(), code);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            // clients only listen; what they send is ignored
        }

        @Override
        public void onError(WebSocket conn, Exception e) {
            if (conn == null) {
                startFailure = e;
                started.countDown();
            } else {
                LOG.debug("websocket: client {} failed", conn.getRemoteSocketAddress(), e);
            }
        }
    }
}
