package org.attend.control;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attend.stream.Command;

/**
 * A child process for {@link KeyOutputTest}: a {@link KeyOutput} on the display in {@code DISPLAY}, fed one
 * command name per line on stdin, answering {@code ok <name>} once it has been pressed. Arguments: the mode
 * ({@code TAP} or {@code HOLD}) then {@code command=KEY} bindings.
 */
public final class KeyOutputDriver {

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
        try (KeyOutput keys = new KeyOutput(bindings, KeyOutput.Mode.valueOf(args[0]), commands)) {
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.isBlank(); line = in.readLine()) {
                keys.accept(new Command(line.strip(), 1f, 0, System.nanoTime()));
                System.out.println("ok " + line.strip());
                System.out.flush();
            }
        }
    }
}
