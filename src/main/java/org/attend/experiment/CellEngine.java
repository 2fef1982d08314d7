package org.attend.experiment;

import java.io.IOException;
import java.util.List;

/**
 * Where the cells of an evaluation run: {@link LocalEngine} on threads of this process, or the Spark engine
 * ({@code org.attend.experiment.spark}, opened through {@link SparkEngines}) on a Spark cluster. Every engine
 * computes each cell with {@link Sweep#evaluate}, so results do not depend on the engine.
 */
public interface CellEngine extends AutoCloseable {

    /** Short name for logs and reports, e.g. {@code "local (4 threads)"}. */
    String describe();

    /**
     * Evaluates every cell, handing each to {@code done} as soon as it is finished (one call at a time), so
     * that an interrupted sweep keeps what it finished.
     *
     * @param epochs the trials of every subject of {@code sweep}
     */
    void run(Sweep sweep, List<CellTask> cells, EpochSource epochs, CellSink done) throws IOException;

    @Override
    void close() throws IOException;
}
