package org.attend.testing;

import java.nio.file.Path;
import java.util.List;
import org.attend.experiment.Dataset;
import org.attend.experiment.EegmmidbDataset;
import org.attend.experiment.Paradigm;
import org.attend.experiment.RunRef;

/**
 * eegmmidb subject 1 as {@code recordings/eegmmidb} holds it: the paradigm's runs of S001, without the {@code SNNN}
 * folder of the PhysioNet layout.
 */
public final class RecordedS001 implements Dataset {

    private final Path dir;

    public RecordedS001() {
        this.dir = TestFiles.home().resolve("recordings").resolve("eegmmidb");
    }

    @Override
    public String name() {
        return EegmmidbDataset.NAME;
    }

    @Override
    public List<String> subjects() {
        return List.of("1");
    }

    @Override
    public List<RunRef> runs(String subject, Paradigm paradigm) {
        return paradigm.runs().stream().map(r -> new RunRef("1", "0", r, dir.resolve("S001" + r + ".edf"))).toList();
    }
}
