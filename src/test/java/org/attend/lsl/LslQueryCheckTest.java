package org.attend.lsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Free-text LSL queries are checked before resolving, with the position of what is wrong. */
class LslQueryCheckTest {

    private static String error(String query) {
        return assertThrows(IllegalArgumentException.class, () -> LslQuery.check(query)).getMessage();
    }

    @Test
    void unbalancedQuotesAndParenthesesNameTheirPosition() {
        assertEquals("LSL query \"name='EEG\": the quote at position 6 is never closed", error("name='EEG"));
        assertEquals("LSL query \"(type='EEG'\": '(' at position 1 is never closed", error("(type='EEG'"));
        assertEquals("LSL query \"type='EEG')\": ')' at position 11 closes nothing", error("type='EEG')"));
        assertTrue(error("type=='EEG'").startsWith("LSL query \"type=='EEG'\" is not a valid XPath"));
    }

    @Test
    void validQueriesPass() {
        LslQuery.check("type='EEG' and (name=\"a'b\" or starts-with(name,'x'))");
        LslQuery.check(LslQuery.byProp("source_id", "it's"));
    }
}
