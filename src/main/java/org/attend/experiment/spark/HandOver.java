package org.attend.experiment.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.attend.experiment.CellResult;
import org.attend.experiment.CellSink;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Spark's result handler, called on the driver as each task finishes (one at a time): hands the cell to the
 * evaluation, which stores it at once.
 */
final class HandOver extends AbstractFunction2<Object, CellResult, BoxedUnit> {

    private final CellSink sink;

    HandOver(CellSink sink) {
        this.sink = sink;
    }

    @Override
    public BoxedUnit apply(Object partition, CellResult cell) {
        try {
            sink.accept(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BoxedUnit.UNIT;
    }
}
