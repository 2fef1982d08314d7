package org.attend.progress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of one piece of long work, shown on stderr. On a terminal it is a redrawn bar; anywhere else a
 * redrawn bar would fill a log with carriage-return frames, so it is one plain line at most every
 * {@link #LINE_INTERVAL_NANOS five seconds} and a last line when the work ends; with {@link #setQuiet quiet} it is
 * nothing. Safe to step from several threads.
 *
 * <pre>{@code
 * try (Progress progress = Progress.start("evaluate", cells, "cells")) {
 *     for (...) { ...; progress.step(); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {

    /** The least time between two plain lines. */
    public static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    private static volatile boolean quiet;

    private final String task;
    private final long total;
    private final String unit;
    private final ProgressBar bar;
    private final PrintStream lines;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long startNanos;
    private long done;
    private long lastLineNanos;
    private String message = "";
    private boolean closed;

    private Progress(String task, long total, String unit, ProgressBar bar, PrintStream lines, long intervalNanos,
                     LongSupplier clock) {
        this.task = task;
        this.total = total;
        this.unit = unit;
        this.bar = bar;
        this.lines = lines;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastLineNanos = startNanos;
    }

    /**
     * Silences every progress report of this process from now on ({@code --quiet}); like a log level, it is one
     * setting for the whole process rather than a parameter of every layer that reports progress.
     */
    public static void setQuiet(boolean silent) {
        quiet = silent;
    }

    public static boolean isQuiet() {
        return quiet;
    }

    /**
     * Starts reporting on stderr: a bar when Attend runs on a terminal ({@link System#console()} present and
     * {@code TERM} not {@code dumb}), plain lines otherwise, nothing when quiet.
     *
     * @param task  what is being done, e.g. {@code "lsl send"}
     * @param total how many steps make the whole work, 0 when that is not known
     * @param unit  what a step is, e.g. {@code "cells"}
     */
    public static Progress start(String task, long total, String unit) {
        if (quiet) {
            return new Progress(task, total, unit, null, null, 0, System::nanoTime);
        }
        if (System.console() != null && !"dumb".equals(System.getenv("TERM"))) {
            // an unknown total (0) is an indefinite bar
            ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            return new Progress(task, total, unit, bar, null, 0, System::nanoTime);
        }
        return lines(task, total, unit, System.err, LINE_INTERVAL_NANOS, System::nanoTime);
    }

    /** Plain lines on {@code out}, at most one per {@code intervalNanos} of {@code clock}, and one at the end. */
    static Progress lines(String task, long total, String unit, PrintStream out, long intervalNanos,
                          LongSupplier clock) {
        return new Progress(task, total, unit, null, out, intervalNanos, clock);
    }

    /** One more step done. */
    public void step() {
        stepBy(1);
    }

    public synchronized void stepBy(long steps) {
        stepTo(done + steps);
    }

    /** {@code steps} steps done in all. */
    public synchronized void stepTo(long steps) {
        done = steps;
        if (bar != null) {
            bar.stepTo(steps);
        } else if (lines != null && !closed) {
            long now = clock.getAsLong();
            if (now - lastLineNanos >= intervalNanos) {
                lastLineNanos = now;
                lines.println(line(now, false));
                lines.flush();
            }
        }
    }

    /** A short note shown after the count (a bar's extra message), e.g. the last validation loss. */
    public synchronized void message(String note) {
        message = note;
        if (bar != null) {
            bar.setExtraMessage(" " + note);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (bar != null) {
            bar.close();
        } else if (lines != null) {
            lines.println(line(clock.getAsLong(), true));
            lines.flush();
        }
    }

    private String line(long now, boolean end) {
        double elapsed = (now - startNanos) / 1e9;
        StringBuilder text = new StringBuilder(task).append(": ");
        if (end && total <= 0) {
            text.append(String.format(Locale.ROOT, "ended at %d %s after %.1f s", done, unit, elapsed));
        } else if (end) {
            // closed early (an error, a stop) reads differently from work done
            text.append(String.format(Locale.ROOT, "%s %d/%d %s %s %.1f s", done >= total ? "finished" : "stopped at",
                    done, total, unit, done >= total ? "in" : "after", elapsed));
        } else if (total > 0) {
            text.append(String.format(Locale.ROOT, "%d/%d %s (%.0f%%), %.0f s elapsed", done, total, unit,
                    100.0 * done / total, elapsed));
            if (done > 0 && done < total) {
                text.append(String.format(Locale.ROOT, ", about %.0f s left", elapsed * (total - done) / done));
            }
        } else {
            text.append(String.format(Locale.ROOT, "%d %s, %.0f s elapsed", done, unit, elapsed));
        }
        if (!message.isEmpty()) {
            text.append(", ").append(message);
        }
        return text.toString();
    }
}
