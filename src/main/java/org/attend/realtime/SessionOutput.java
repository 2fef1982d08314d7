package org.attend.realtime;

import java.io.IOException;
import java.util.List;
import org.attend.control.CommandSink;
import org.attend.control.ControlOutput;
import org.attend.stream.Prediction;
import org.attend.stream.StreamHealth;
import org.attend.stream.StreamInfo;

/**
 * One output of a session: a command sink (stdout, UDP, LSL markers, OSC, a serial line...), a listener
 * (prediction publisher, dashboard), or both. A plan holds outputs unopened; the session opens them after
 * preflight and closes everything they registered when it ends, whatever happens. Every registered sink gets
 * {@code stop} when the stream goes stale or the session fails.
 */
@FunctionalInterface
public interface SessionOutput {

    /**
     * What an output may know when it opens.
     *
     * @param stream  the session's signal stream
     * @param classes the decoder's classes in the order of its probabilities (empty for a recording session)
     * @param mainsHz the session's mains frequency, 50 or 60 Hz ({@link SessionPlan#mainsHz()})
     * @param plan    the session's plan (what it calibrates on, how long it lasts: for progress reports)
     */
    record Context(StreamInfo stream, List<String> classes, double mainsHz, SessionPlan plan) {
        public Context {
            classes = List.copyOf(classes);
        }
    }

    /** Where an opening output registers what it opened. */
    interface Registry {
        /** A sink that receives every command, {@code stop} included. */
        void sink(CommandSink sink);

        /** A listener told about chunks, predictions, commands, policy state and stream health. */
        void listener(SessionListener listener);
    }

    /** Opens the output and registers its parts; what is registered before a failure is still closed. */
    void open(Context context, Registry registry) throws IOException;

    /** An output that is a command sink only. */
    static SessionOutput sink(SinkOpener opener) {
        return (context, registry) -> registry.sink(opener.open(context));
    }

    /** An output that is a listener only. */
    static SessionOutput listener(ListenerOpener opener) {
        return (context, registry) -> registry.listener(opener.open(context));
    }

    /**
     * A listener that does I/O (the console, a file's size) as an output: it runs on a {@link QueuedListener}'s
     * thread, so that the processing thread only enqueues its events.
     *
     * @param name names the listener's thread
     */
    static SessionOutput queuedListener(String name, ListenerOpener opener) {
        return (context, registry) -> registry.listener(new QueuedListener(opener.open(context),
                QueuedListener.DEFAULT_CAPACITY, name));
    }

    /**
     * A control output as a session output: opened with the decoder's classes, registered as a sink (commands,
     * {@code stop} included) and as a listener (predictions, stream health). The sink list closes it.
     */
    static SessionOutput control(ControlOpener opener) {
        return (context, registry) -> {
            ControlOutput output = opener.open(context.classes());
            registry.sink(output);
            registry.listener(new SessionListener() {
                @Override
                public void onPrediction(Prediction prediction) throws Exception {
                    output.onPrediction(prediction);
                }

                @Override
                public void onHealth(StreamHealth health) throws Exception {
                    output.onHealth(health);
                }
            });
        };
    }

    /** Opens a command sink. */
    @FunctionalInterface
    interface SinkOpener {
        CommandSink open(Context context) throws IOException;
    }

    /** Opens a control output for the decoder's classes (in the order of its probabilities). */
    @FunctionalInterface
    interface ControlOpener {
        /** Opens the output for {@code classes}, the decoder's classes in the order of its probabilities. */
        ControlOutput open(List<String> classes) throws IOException;
    }

    /** Opens a listener. */
    @FunctionalInterface
    interface ListenerOpener {
        SessionListener open(Context context) throws IOException;
    }
}
