package org.attend.nn;

/** Training produced non-finite losses before any epoch could be kept. */
public class TrainingDivergedException extends IllegalStateException {

    public TrainingDivergedException(String message) {
        super(message);
    }
}
