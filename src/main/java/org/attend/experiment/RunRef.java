package org.attend.experiment;

import java.nio.file.Path;

/**
 * One run of a subject in a dataset.
 *
 * @param subject subject id, e.g. {@code "1"}
 * @param session session id; runs of one session were recorded without removing the cap
 * @param run     run id within the dataset, e.g. {@code "R04"}
 * @param file    the recording
 */
public record RunRef(String subject, String session, String run, Path file) {
}
