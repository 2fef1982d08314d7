package org.attend.experiment;

import java.util.ArrayList;
import java.util.List;
import org.attend.decode.LabeledEpochs;

/**
 * One train/test split of an evaluation scheme.
 *
 * @param id    what was held out, e.g. {@code "fold 3"} or {@code "run R08"}
 * @param train trials to fit on; null when the decoder is evaluated as it is (scheme {@code test})
 * @param test  trials to decode
 * @param trainGroups the training trials subject by subject (their concatenation is {@code train}), for
 *              decoders that align each subject on its own; empty when the training set is one group
 */
public record Split(String id, LabeledEpochs train, LabeledEpochs test, List<LabeledEpochs> trainGroups) {

    public Split {
        trainGroups = trainGroups == null ? List.of() : List.copyOf(trainGroups);
    }

    /** A split whose training trials are one group. */
    public Split(String id, LabeledEpochs train, LabeledEpochs test) {
        this(id, train, test, List.of());
    }
}
