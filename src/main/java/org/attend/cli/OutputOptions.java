package org.attend.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.attend.control.ControlOutput;
import org.attend.control.ControlPolicy;
import org.attend.control.Endpoints;
import org.attend.control.KeyBinding;
import org.attend.control.KeyOutput;
import org.attend.control.OscOutput;
import org.attend.control.PredictionRateLimit;
import org.attend.control.SerialOutput;
import org.attend.control.WebSocketOutput;
import org.attend.realtime.SessionOutput;
import org.attend.realtime.SessionPlan;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Flags of the outputs devices listen on: OSC, a WebSocket server, a serial line, key presses, and the
 * prediction rate limit they share. Every value is parsed when the command line is (a bad one is a one-line
 * usage error); the outputs open when the session starts.
 */
final class OutputOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--osc", paramLabel = "HOST:PORT", converter = OscTarget.class,
            description = "Send commands (/attend/command name confidence) and predictions (/attend/p/<class> p) "
                    + "as OSC messages over UDP (host defaults to 127.0.0.1).")
    InetSocketAddress osc;

    @Option(names = "--websocket", paramLabel = "[HOST:]PORT", converter = WebSocketAddress.class,
            description = "Serve commands, predictions and stream health as JSON to WebSocket clients; binds "
                    + "127.0.0.1 unless a host is given.")
    InetSocketAddress websocket;

    @Option(names = "--websocket-token", paramLabel = "TOKEN", converter = Token.class,
            defaultValue = "${env:ATTEND_WEBSOCKET_TOKEN}",
            description = "Bearer token WebSocket clients must send (default: $ATTEND_WEBSOCKET_TOKEN, else a "
                    + "random one printed at start).")
    String websocketToken;

    @Option(names = "--serial", paramLabel = "PORT[:BAUD]", converter = SerialTarget.class,
            description = "Write one line per command ('CMD left 0.93') to a serial port (default baud 115200).")
    SerialOutput.Target serial;

    @Option(names = "--keys", split = ",", paramLabel = "COMMAND=KEY", converter = Key.class,
            description = "Press keys for commands, e.g. left=LEFT,right=RIGHT,stop=ESCAPE (needs a display).")
    List<KeyBinding> keys;

    @Option(names = "--key-mode", paramLabel = "tap|hold", converter = KeyMode.class, defaultValue = "tap",
            description = "tap: press and release (default); hold: keep the key down until the next command "
                    + "('stop' releases it).")
    KeyOutput.Mode keyMode;

    @Option(names = "--prediction-rate", paramLabel = "HZ", converter = Rate.class,
            description = "At most this many prediction messages a second per OSC/WebSocket output (default: "
                    + "every window); commands are never dropped.")
    Double predictionRateHz;

    /** The outputs these flags ask for, unopened; the WebSocket one prints its address (and token) on {@code out}. */
    private List<SessionOutput.ControlOpener> openers(PrintWriter out, boolean json) {
        List<SessionOutput.ControlOpener> openers = new ArrayList<>();
        if (osc != null) {
            openers.add(classes -> limited(new OscOutput(osc, classes)));
        }
        if (websocket != null) {
            openers.add(classes -> {
                boolean generated = websocketToken == null;
                WebSocketOutput server = new WebSocketOutput(websocket,
                        generated ? WebSocketOutput.randomToken() : websocketToken);
                announce(out, json, server, generated);
                return limited(server);
            });
        }
        if (serial != null) {
            openers.add(classes -> new SerialOutput(serial, commands(classes)));
        }
        if (keys != null && !keys.isEmpty()) {
            openers.add(classes -> new KeyOutput(keys, keyMode, commands(classes)));
        }
        return openers;
    }

    /** Adds the outputs these flags ask for to {@code plan}; the WebSocket one announces itself on {@code out}. */
    void addTo(SessionPlan.Builder plan, PrintWriter out, boolean json) {
        for (SessionOutput.ControlOpener opener : openers(out, json)) {
            plan.optOutput(SessionOutput.control(opener));
        }
    }

    private ControlOutput limited(ControlOutput output) {
        return predictionRateHz == null ? output : new PredictionRateLimit(output, predictionRateHz);
    }

    /** What a session can emit: its classes and {@code stop}. */
    private static List<String> commands(List<String> classes) {
        List<String> commands = new ArrayList<>(classes);
        if (!commands.contains(ControlPolicy.STOP)) {
            commands.add(ControlPolicy.STOP);
        }
        return commands;
    }

    private static void announce(PrintWriter out, boolean json, WebSocketOutput server, boolean tokenGenerated) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "websocket");
            m.put("url", server.url());
            if (tokenGenerated) {
                m.put("token", server.token());
            }
            try {
                out.println(JSON.writeValueAsString(m));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot happen for plain values", e);
            }
        } else {
            out.printf(Locale.ROOT, "websocket: %s (clients send 'Authorization: Bearer <token>')%n", server.url());
            if (tokenGenerated) {
                out.printf(Locale.ROOT, "websocket token: %s%n", server.token());
            }
        }
        out.flush();
    }

    /** Turns a parser's IllegalArgumentException into picocli's one-line usage error. */
    private static <T> T converted(String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    static final class OscTarget implements CommandLine.ITypeConverter<InetSocketAddress> {
        @Override
        public InetSocketAddress convert(String value) {
            return converted(value, v -> Endpoints.target(v, "--osc"));
        }
    }

    static final class WebSocketAddress implements CommandLine.ITypeConverter<InetSocketAddress> {
        @Override
        public InetSocketAddress convert(String value) {
            return converted(value, v -> Endpoints.listen(v, "--websocket"));
        }
    }

    static final class Token implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return converted(value, v -> {
                WebSocketOutput.checkToken(v);
                return v;
            });
        }
    }

    static final class SerialTarget implements CommandLine.ITypeConverter<SerialOutput.Target> {
        @Override
        public SerialOutput.Target convert(String value) {
            return converted(value, SerialOutput.Target::parse);
        }
    }

    static final class Key implements CommandLine.ITypeConverter<KeyBinding> {
        @Override
        public KeyBinding convert(String value) {
            return converted(value, KeyBinding::parse);
        }
    }

    static final class KeyMode implements CommandLine.ITypeConverter<KeyOutput.Mode> {
        @Override
        public KeyOutput.Mode convert(String value) {
            for (KeyOutput.Mode mode : KeyOutput.Mode.values()) {
                if (mode.name().equalsIgnoreCase(value)) {
                    return mode;
                }
            }
            throw new CommandLine.TypeConversionException("--key-mode is tap or hold, got '" + value + "'");
        }
    }

    static final class Rate implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double hz = Double.parseDouble(value);
                if (hz > 0 && !Double.isInfinite(hz)) {
                    return hz;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message below
            }
            throw new CommandLine.TypeConversionException("--prediction-rate must be a positive number of "
                    + "messages per second, got '" + value + "'");
        }
    }
}
