package org.attend.experiment;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decoders fitted once and shared by every cell of a scheme that {@link Scheme#fitsOnce() fits once}, keyed by
 * evaluation and decoder. The first cell to ask fits; cells asking meanwhile wait for that fit. An evaluation
 * releases (closes) its decoders when it is done.
 */
final class SharedFits {

    /** Fits a decoder, for {@link #get}. */
    @FunctionalInterface
    interface Fit {
        CellEvaluator.Fitted run() throws IOException;
    }

    private static final Map<String, CellEvaluator.Fitted> FITTED = new ConcurrentHashMap<>();
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private SharedFits() {
    }

    /** The decoder fitted under {@code key}, fitting it now if no cell has yet. */
    static CellEvaluator.Fitted get(String key, Fit fit) throws IOException {
        synchronized (LOCKS.computeIfAbsent(key, k -> new Object())) {
            CellEvaluator.Fitted done = FITTED.get(key);
            if (done == null) {
                done = fit.run();
                FITTED.put(key, done);
            }
            return done;
        }
    }

    /** Closes and forgets every decoder whose key starts with {@code evaluationKey}. */
    static void release(String evaluationKey) {
        FITTED.keySet().removeIf(k -> {
            if (!k.startsWith(evaluationKey)) {
                return false;
            }
            FITTED.get(k).decoder().close();
            LOCKS.remove(k);
            return true;
        });
    }
}
