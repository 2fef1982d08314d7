package org.attend.experiment.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.attend.experiment.CellResult;
import org.attend.experiment.CellTask;
import org.attend.experiment.SubjectEpochs;
import org.attend.experiment.Sweep;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * A Spark task: evaluates the one cell of its partition on the broadcast trials, finding decoders (plugins
 * included) through the executor's class loader.
 */
final class EvaluateCell extends AbstractFunction1<Iterator<CellTask>, CellResult> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Sweep sweep;
    private final HashMap<String, Broadcast<SubjectEpochs>> epochs;

    EvaluateCell(Sweep sweep, Map<String, Broadcast<SubjectEpochs>> epochs) {
        this.sweep = sweep;
        this.epochs = new HashMap<>(epochs);
    }

    @Override
    public CellResult apply(Iterator<CellTask> partition) {
        CellTask cell = partition.next();
        try {
            return sweep.evaluate(cell, s -> epochs.get(s).value(), Thread.currentThread().getContextClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
