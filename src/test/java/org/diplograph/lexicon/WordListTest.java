package org.diplograph.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Cue lists answer for one token and match multi-word entries token by token, longest first. */
class WordListTest {

    private static final WordList COUNTERPARTS = WordList.of("counterpart", "opposite number", "equivalent",
            "president's office");

    @Test
    void oneTokenIsASingleWordEntry() {
        assertTrue(COUNTERPARTS.has("counterpart"));
        assertFalse(COUNTERPARTS.has("opposite"), "the first word of a phrase is not an entry");
        assertFalse(COUNTERPARTS.has("opposite number"));
    }

    @Test
    void multiWordEntriesMatchTokenByToken() {
        String[] tokens = {"his", "russian", "opposite", "number", "sergey", "lavrov"};
        assertEquals(2, COUNTERPARTS.matchAt(tokens, 2));
        assertEquals(0, COUNTERPARTS.matchAt(tokens, 3));
        assertEquals(0, COUNTERPARTS.matchAt(tokens, 6), "past the end");
        assertEquals(0, COUNTERPARTS.matchAt(new String[] {"opposite"}, 0), "a phrase cut off by the sentence end");
    }

    @Test
    void thePossessiveIsATokenOfItsOwn() {
        assertEquals(3, COUNTERPARTS.matchAt(new String[] {"the", "president", "'s", "office"}, 1));
    }

    @Test
    void theLongestEntryWins() {
        WordList numbers = WordList.of("a", "a couple", "a couple of");
        assertEquals(3, numbers.matchAt(new String[] {"a", "couple", "of", "days"}, 0));
        assertEquals(2, numbers.matchAt(new String[] {"a", "couple", "days"}, 0));
        assertEquals(1, numbers.matchAt(new String[] {"a", "day"}, 0));
    }
}
