package org.diplograph.lexicon.petrarch;

import java.util.List;
import java.util.Map;

/**
 * A PETRARCH verb dictionary as read from its source file: synonym sets, verb blocks (synonymous verbs sharing a
 * default CAMEO code and a list of patterns) and verb transformations. Words are lower case; a phrase is a list
 * of words.
 *
 * @param synsets         {@code &NAME} → its phrases, plurals included where the dictionary asks for them
 * @param blocks          the verb blocks in file order
 * @param transformations the {@code ~} lines, as written (PETRARCH's verb–verb rewrites)
 * @param problems        lines that could not be used, each "line N: reason" (the reader skips them, as PETRARCH
 *                        does, and reports them)
 */
public record VerbDictionary(Map<String, List<List<String>>> synsets, List<Block> blocks,
                             List<Transformation> transformations, List<String> problems) {

    /**
     * A verb block: {@code --- NAME [CODE] ---}, its verbs and its patterns.
     *
     * @param code the block's default code ("---" when the isolated verbs code no event)
     */
    public record Block(String name, String code, List<Verb> verbs, List<Pattern> patterns, int line) {
    }

    /**
     * One verb of a block.
     *
     * @param words the base phrase ("clear", "up" for CLEAR_UP)
     * @param head  index of the word that is the verb ("+" in the dictionary; 0 for single words)
     * @param code  the verb's own code, or the block's
     * @param forms every inflected phrase that stands for this verb, the base included
     */
    public record Verb(List<String> words, int head, String code, List<List<String>> forms, int line) {
    }

    /**
     * A pattern line {@code - pre * post [code]}, both parts in PETRARCH's syntax, lower case, one space between
     * elements.
     */
    public record Pattern(String pre, String post, String code, int line) {
    }

    /** A transformation line {@code ~ a (a b ATTACK) SAY = a b 015}, kept as written. */
    public record Transformation(String rule, String result, int line) {
    }
}
