package org.attend.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Other programs keeping the cores busy, as on a user's laptop: a child process (another JVM, so that its threads
 * cannot hold up this one's garbage collection) whose threads spin on arithmetic at normal priority until closed
 * (or until this process ends: the child stops when its stdin closes).
 */
public final class BusyCores implements AutoCloseable {

    private final Process child;
    private final int count;

    /** Starts a child process with {@code count} spinning threads (none for 0). */
    public BusyCores(int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("busy threads must be >= 0, got " + count);
        }
        this.count = count;
        if (count == 0) {
            this.child = null;
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), BusyCores.class.getName(), Integer.toString(count)));
        this.child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Two spinning threads per core: every core shared. */
    public static int defaultCount() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** How many threads spin. */
    public int count() {
        return count;
    }

    @Override
    public void close() throws InterruptedException {
        if (child != null) {
            child.destroy();
            if (!child.waitFor(5, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
    }

    /** The child: spins {@code args[0]} threads until its stdin closes. */
    public static void main(String[] args) throws IOException {
        int threads = Integer.parseInt(args[0]);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(BusyCores::spin, "busy-" + i);
            t.setDaemon(true);
            t.start();
        }
        while (System.in.read() >= 0) {
            // the parent holds stdin open while it wants the cores busy
        }
    }

    private static void spin() {
        double x = 1;
        while (x != 0) {
            x = x * 1.0000001 + 1e-9;
        }
    }
}
