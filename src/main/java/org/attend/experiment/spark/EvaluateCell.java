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
import org.attend.decode.InputContract;
import org.attend.experiment.EpochSource;
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

    /** Where the trials of {@code subject} cut through a trained model's {@code contract} are broadcast. */
    static String key(String subject, InputContract contract) {
        return subject + "\n" + contract;
    }

    @Override
    public CellResult apply(Iterator<CellTask> partition) {
        CellTask cell = partition.next();
        try {
            return sweep.evaluate(cell, new EpochSource() {
                @Override
                public SubjectEpochs of(String subject) {
                    return epochs.get(subject).value();
                }

                @Override
                public SubjectEpochs of(String subject, InputContract contract) {
                    return epochs.get(key(subject, contract)).value();
                }
            }, Thread.currentThread().getContextClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
