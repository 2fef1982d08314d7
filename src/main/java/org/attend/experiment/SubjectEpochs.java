package org.attend.experiment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.attend.decode.LabeledEpochs;

/**
 * The labelled trials of one subject, with the session and run each came from (for cross-session schemes).
 *
 * @param subject  subject id
 * @param epochs   trials {@code [trial][channel][sample]}, band-passed, with class labels
 * @param sessions session id of each trial
 * @param runs     run id of each trial
 */
public record SubjectEpochs(String subject, LabeledEpochs epochs, String[] sessions, String[] runs)
        implements Serializable {

    public SubjectEpochs {
        if (sessions.length != epochs.size() || runs.length != epochs.size()) {
            throw new IllegalArgumentException("subject " + subject + ": " + epochs.size() + " trials but "
                    + sessions.length + " session ids and " + runs.length + " run ids");
        }
    }

    /** Distinct session ids, in order of appearance. */
    public List<String> sessionIds() {
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(sessions)));
    }

    /** Distinct run ids, in order of appearance. */
    public List<String> runIds() {
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(runs)));
    }

    /** Indices of the trials of one session. */
    public int[] trialsOfSession(String session) {
        return java.util.stream.IntStream.range(0, sessions.length).filter(i -> sessions[i].equals(session))
                .toArray();
    }

    /** The trials at {@code indices}, keeping their session and run ids. */
    public SubjectEpochs subset(int[] indices) {
        String[] s = new String[indices.length];
        String[] r = new String[indices.length];
        for (int i = 0; i < indices.length; i++) {
            s[i] = sessions[indices[i]];
            r[i] = runs[indices[i]];
        }
        return new SubjectEpochs(subject, epochs.subset(indices), s, r);
    }
}
