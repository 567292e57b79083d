package org.diplograph.lexicon;

import java.util.List;

/**
 * One element of a PETRARCH verb pattern. {@code joinNext} is the pattern's "_": the next element (or the verb)
 * must follow directly, with no word between.
 */
public sealed interface Element {

    boolean joinNext();

    /** A word or synonym set. */
    record Item(String word, String synset) {

        public static Item of(String token) {
            return token.startsWith("&") ? new Item(null, token) : new Item(token, null);
        }

        @Override
        public String toString() {
            return word != null ? word : synset;
        }
    }

    /** Words that must follow each other ("idea_of", "new_&tietypes_relations"). */
    record Words(List<Item> items, boolean joinNext) implements Element {
    }

    /** "{financial aid}": a noun phrase whose head is the last item, the others its modifiers, in order. */
    record NounPhrase(List<Item> modifiers, Item head, boolean joinNext) implements Element {
    }

    /** "(for {financial aid})", "(with +)", "(with)": a preposition (alternatives "by/with") and what it governs. */
    record Prep(List<Item> prepositions, List<Element> objects, boolean joinNext) implements Element {
    }

    /**
     * An actor: {@code $} the source, {@code +} the target, {@code ^} an actor skipped, {@code %} a compound actor
     * (several parties acting together).
     */
    record Actor(char role, boolean joinNext) implements Element {
    }
}
