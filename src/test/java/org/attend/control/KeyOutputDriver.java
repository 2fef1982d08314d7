package org.attend.control;

import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Command;

/**
 * A child process for {@link KeyOutputTest}: a {@link KeyOutput} on the display in {@code DISPLAY}, fed one
 * command name per line on stdin, answering {@code ok <name>} once it has been pressed. Arguments: the mode
 * ({@code TAP} or {@code HOLD}) then {@code command=KEY} bindings. The line {@code probe} taps {@value #PROBE_KEY}
 * with a Robot of its own, past the key output: on the same display connection, so the receiver sees it after
 * every key event sent before it.
 */
public final class KeyOutputDriver {

    /** The key {@code probe} taps. */
    static final String PROBE_KEY = "F11";

    private KeyOutputDriver() {
    }

    public static void main(String[] args) throws Exception {
        List<KeyBinding> bindings = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            KeyBinding b = KeyBinding.parse(args[i]);
            bindings.add(b);
            commands.add(b.command());
        }
        if (!commands.contains(ControlPolicy.STOP)) {
            commands.add(ControlPolicy.STOP);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Robot probe = new Robot();
        try (KeyOutput keys = new KeyOutput(bindings, KeyOutput.Mode.valueOf(args[0]), commands)) {
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                if (line.strip().equals("probe")) {
                    probe.keyPress(KeyEvent.VK_F11);
                    probe.keyRelease(KeyEvent.VK_F11);
                } else {
                    keys.accept(new Command(line.strip(), 1f, 0, 0));
                }
                System.out.println("ok " + line.strip());
                System.out.flush();
            }
        }
    }
}
