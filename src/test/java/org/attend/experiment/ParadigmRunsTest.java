package org.attend.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParadigmRunsTest {

    private static Paradigm resolve(String paradigm, List<String> runs) {
        return new ExperimentConfig(null, null, null, paradigm, null, runs, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null).withDefaults().resolveParadigm();
    }

    @Test
    void runKeywordsNameTheImaginedAndExecutedRunsWithOneCueMapping() {
        assertEquals(List.of("R04", "R08", "R12"), resolve("left-right", null).runs());
        assertEquals(List.of("R04", "R08", "R12"), resolve("left-right", List.of("imagery")).runs());
        assertEquals(List.of("R03", "R07", "R11"), resolve("left-right", List.of("executed")).runs());
        Paradigm both = resolve("left-right", List.of("both"));
        assertEquals(List.of("R03", "R04", "R07", "R08", "R11", "R12"), both.runs());
        assertEquals(Map.of("T1", "left", "T2", "right"), both.events());
        assertEquals(List.of("R05", "R06", "R09", "R10", "R13", "R14"),
                resolve("hands-feet-imagery", List.of("both")).runs());
        assertEquals(List.of("R04", "R12"), resolve("left-right", List.of("R04", "R12")).runs());
    }

    @Test
    void restParadigmTakesTheT0PeriodsAsAThirdClass() {
        Paradigm p = resolve("left-right-rest", List.of("both"));
        assertEquals(List.of("left", "right", "rest"), p.classes());
        assertEquals("rest", p.events().get("T0"));
        assertEquals(6, p.runs().size());
    }

    @Test
    void runKeywordOnACustomParadigmIsAOneLineError() {
        Paradigm custom = new Paradigm("mine", List.of(), Map.of("A", "a", "B", "b"), 0, 1, 8, 30, List.of(), 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> custom.resolveRuns(List.of("both")));
        assertEquals("--runs both needs a built-in eegmmidb paradigm, not 'mine'; give run ids instead",
                e.getMessage());
    }
}
