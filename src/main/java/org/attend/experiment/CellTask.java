package org.attend.experiment;

import java.io.Serializable;

/**
 * One cell of an evaluation, the unit an engine runs: one decoder setting on one subject.
 *
 * @param subject subject id
 * @param decoder decoder label, one setting ({@code csp-lda}, {@code attend[lr=1e-3,epochs=40]})
 */
public record CellTask(String subject, String decoder) implements Serializable {
}
