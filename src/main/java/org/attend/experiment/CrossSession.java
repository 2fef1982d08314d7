package org.attend.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Leave one session out; a subject with a single session (as every eegmmidb subject) leaves one run out
 * instead.
 */
public record CrossSession() implements Scheme {

    public static final String NAME = "cross-session";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Split> splits(SubjectEpochs target, List<SubjectEpochs> others, long seed) {
        boolean bySession = target.sessionIds().size() > 1;
        String[] group = bySession ? target.sessions() : target.runs();
        List<String> ids = bySession ? target.sessionIds() : target.runIds();
        if (ids.size() < 2) {
            throw new IllegalArgumentException("subject " + target.subject()
                    + " has one session and one run: nothing to leave out");
        }
        List<Split> splits = new ArrayList<>();
        for (String id : ids) {
            int[] test = IntStream.range(0, group.length).filter(i -> group[i].equals(id)).toArray();
            int[] train = IntStream.range(0, group.length).filter(i -> !group[i].equals(id)).toArray();
            splits.add(new Split((bySession ? "session " : "run ") + id, target.epochs().subset(train),
                    target.epochs().subset(test)));
        }
        return splits;
    }
}
