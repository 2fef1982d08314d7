package org.attend.control;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.attend.stream.Command;

/**
 * Writes one ASCII line per command to a serial port (jSerialComm), 8 data bits, no parity, one stop bit, no
 * flow control: {@code CMD <name> <confidence>\n}, the confidence with two decimals, e.g.
 * {@code CMD left 0.93\n} or {@code CMD stop 1.00\n}. A microcontroller reads it with a line parser. Each
 * write returns once the line has left the port (or fails after {@value #WRITE_TIMEOUT_MS} ms).
 * Predictions are not sent: a serial line carries decisions only.
 */
public final class SerialOutput implements ControlOutput {

    /** Baud rate when the target names none. */
    public static final int DEFAULT_BAUD = 115_200;
    /** Longest a line may wait for the device before the write fails, ms. */
    public static final int WRITE_TIMEOUT_MS = 100;
    private static final int CLOSE_LINGER_MS = 50;

    /**
     * Where the line goes.
     *
     * @param port     the device, e.g. {@code /dev/ttyUSB0} or {@code COM3}
     * @param baudRate bits per second
     */
    public record Target(String port, int baudRate) {

        public Target {
            if (port == null || port.isBlank()) {
                throw new IllegalArgumentException("--serial needs a port, e.g. /dev/ttyUSB0 or COM3");
            }
            if (baudRate < 1) {
                throw new IllegalArgumentException("--serial baud rate must be positive, got " + baudRate);
            }
        }

        /** Parses {@code PORT[:BAUD]}, e.g. {@code /dev/ttyACM0:9600}; baud {@value #DEFAULT_BAUD} when absent. */
        public static Target parse(String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon < 0) {
                return new Target(spec, DEFAULT_BAUD);
            }
            String baud = spec.substring(colon + 1);
            try {
                return new Target(spec.substring(0, colon), Integer.parseInt(baud));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--serial must be PORT[:BAUD], got '" + spec
                        + "' (baud '" + baud + "' is not a number)");
            }
        }
    }

    private final SerialPort port;
    private final String name;

    /**
     * Opens {@code target}; {@code commands} are the names this session can emit ({@code stop} included),
     * each of which must be printable ASCII without spaces so that a line stays parseable.
     */
    public SerialOutput(Target target, List<String> commands) throws IOException {
        for (String c : commands) {
            if (c.isEmpty() || c.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
                throw new IllegalArgumentException("--serial: command '" + c
                        + "' cannot travel on the line protocol (printable ASCII without spaces only)");
            }
        }
        this.name = target.port();
        try {
            this.port = SerialPort.getCommPort(target.port());
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("serial port " + name + ": no such port (" + e.getMessage() + ")", e);
        }
        port.setComPortParameters(target.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new IOException("serial port " + name + ": cannot open it (error " + port.getLastErrorCode()
                    + "; does it exist, and may this user open it?)");
        }
    }

    /** The line a command becomes, newline included. */
    public static String line(Command command) {
        return String.format(Locale.ROOT, "CMD %s %.2f", command.name(), command.confidence()) + "\n";
    }

    @Override
    public void accept(Command command) throws IOException {
        byte[] bytes = line(command).getBytes(StandardCharsets.US_ASCII);
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("serial port " + name + ": wrote " + Math.max(written, 0) + " of " + bytes.length
                    + " bytes within " + WRITE_TIMEOUT_MS + " ms (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        // jSerialComm's closePort flushes (TCIOFLUSH) what the far end has not read yet. On a UART each write
        // has already drained (it waits for the line to leave), but the peer of a pseudo-terminal (socat, a
        // simulator) reads a moment later: give it that moment so that the last line, usually stop, survives.
        try {
            Thread.sleep(CLOSE_LINGER_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!port.closePort()) {
            throw new IOException("serial port " + name + ": cannot close it (error " + port.getLastErrorCode() + ")");
        }
    }
}
