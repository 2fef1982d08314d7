package org.attend.experiment;

import java.io.Serializable;
import java.util.List;

/**
 * The evaluation of one decoder on one subject under one scheme: its metrics and the out-of-fold
 * predictions behind them.
 *
 * @param key              what the cell was computed from (paradigm, scheme settings, seed); a stored cell
 *                         with another key is recomputed
 * @param subject          subject id
 * @param decoder          decoder label as given
 * @param scheme           scheme name
 * @param classes          class names
 * @param rocAuc           two classes: mean over splits of the ROC-AUC (as MOABB scores each fold); NaN otherwise
 * @param accuracy         from the pooled confusion matrix
 * @param balancedAccuracy from the pooled confusion matrix
 * @param kappa            Cohen's kappa, from the pooled confusion matrix
 * @param itrBitsPerMinute Wolpaw ITR at {@code accuracy} and the paradigm's decision time
 * @param confusion        pooled confusion matrix {@code [true][predicted]}
 * @param labels           true class of each decoded trial, in decoding order
 * @param probabilities    predicted probabilities {@code [trial][class]}
 * @param attention        mean attention map {@code [channel][time]} over the decoded trials, or null
 * @param channels         the decoder's input channels (rows of {@code attention})
 * @param fitSeconds       wall time spent fitting, all splits
 * @param classAttention   per true class, the mean over its decoded trials of each channel's attention summed
 *                         over the window, {@code [class][channel]}; null without attention
 */
public record CellResult(String key, String subject, String decoder, String scheme, List<String> classes,
                         double rocAuc, double accuracy, double balancedAccuracy, double kappa,
                         double itrBitsPerMinute, int[][] confusion, int[] labels, double[][] probabilities,
                         float[][] attention, List<String> channels, double fitSeconds, float[][] classAttention)
        implements Serializable {

    /** Number of decoded trials. */
    public int trials() {
        return labels.length;
    }
}
