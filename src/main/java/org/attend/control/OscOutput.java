package org.attend.control;

import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCSerializeException;
import com.illposed.osc.transport.OSCPortOut;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attend.stream.Command;
import org.attend.stream.Prediction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends commands and predictions as OSC 1.0 messages over UDP (JavaOSC): each command as
 * {@value #COMMAND_ADDRESS} {@code ,sf} (name, confidence), each prediction as one message per class,
 * {@code /attend/p/<class>} {@code ,f} (probability), so that a receiver maps each class to its own control.
 * Nobody listening yet is not an error: UDP outputs are fire-and-forget.
 */
public final class OscOutput implements ControlOutput {

    /** Address of command messages. */
    public static final String COMMAND_ADDRESS = "/attend/command";
    /** Prefix of the per-class prediction addresses. */
    public static final String PREDICTION_PREFIX = "/attend/p/";

    private static final Logger LOG = LoggerFactory.getLogger(OscOutput.class);

    private final OSCPortOut port;
    private final InetSocketAddress target;
    private final Map<String, String> addresses = new HashMap<>();
    private long unreachable;

    /**
     * Sends to {@code target}; {@code classes} are the decoder's, each of which must be a valid OSC address
     * part (no space, {@code #*,/?[]{}}).
     */
    public OscOutput(InetSocketAddress target, List<String> classes) throws IOException {
        for (String c : classes) {
            String address = PREDICTION_PREFIX + c;
            if (c.isEmpty() || c.chars().anyMatch(ch -> ch <= ' ' || ch > '~' || "#*,/?[]{}".indexOf(ch) >= 0)
                    || !OSCMessage.isValidAddress(address)) {
                throw new IllegalArgumentException("--osc: class '" + c + "' cannot be an OSC address part");
            }
            addresses.put(c, address);
        }
        this.target = target;
        this.port = new OSCPortOut(target);
    }

    @Override
    public void accept(Command command) throws IOException {
        send(new OSCMessage(COMMAND_ADDRESS, List.of(command.name(), command.confidence())));
    }

    @Override
    public void onPrediction(Prediction prediction) throws IOException {
        String[] names = prediction.classes();
        for (int k = 0; k < names.length; k++) {
            String address = addresses.get(names[k]);
            if (address == null) {
                throw new IllegalArgumentException("prediction class '" + names[k] + "' is not one of "
                        + addresses.keySet());
            }
            send(new OSCMessage(address, List.of(prediction.probabilities()[k])));
        }
    }

    private void send(OSCMessage message) throws IOException {
        try {
            port.send(message);
        } catch (PortUnreachableException e) {
            if (unreachable++ == 0) {
                LOG.warn("OSC: nothing listens on {} yet; sending on", target);
            }
        } catch (OSCSerializeException e) {
            throw new IOException("OSC: cannot encode " + message.getAddress() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        port.close();
    }
}
