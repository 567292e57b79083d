package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.model.Chunk;
import org.diplograph.model.Token;

/**
 * A chunk grammar over Universal Dependencies part-of-speech tags: noun phrases (determiners, numbers,
 * adjectives, participles and nouns up to the last noun; a possessive "'s" continues the phrase, so "China's
 * foreign minister" is one phrase headed by "minister"), verb groups (auxiliaries, negation, adverbs and the
 * main verb: "has not yet spoken") and prepositions. It reads tags only — no word lists — and costs one pass over
 * the sentence; PETRARCH's patterns name exactly these phrases (the head of the object, a prepositional phrase).
 * Stateless and thread-safe.
 */
public final class Chunker {

    private Chunker() {
    }

    public static List<Chunk> chunks(List<Token> tokens) {
        List<Chunk> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (tag(tokens, i, "ADP")) {
                out.add(new Chunk(Chunk.Kind.PREPOSITION, i, i + 1, i));
                i++;
                continue;
            }
            Chunk verbs = verbGroup(tokens, i);
            if (verbs != null) {
                out.add(verbs);
                i = verbs.end();
                continue;
            }
            Chunk noun = nounPhrase(tokens, i);
            if (noun != null) {
                out.add(noun);
                i = noun.end();
                continue;
            }
            i++;
        }
        return out;
    }

    /** Auxiliaries, particles ("not", "to") and adverbs, ending in a main verb (or in the last auxiliary). */
    private static Chunk verbGroup(List<Token> t, int i) {
        int j = i;
        int main = -1;
        int lastAux = -1;
        while (j < t.size()) {
            if (tag(t, j, "VERB")) {
                main = j;
                break;
            }
            if (tag(t, j, "AUX")) {
                lastAux = j;
            } else if (!(tag(t, j, "PART") && !possessive(t, j) || tag(t, j, "ADV"))) {
                break;
            }
            j++;
        }
        if (main < 0) {
            main = lastAux;
        }
        if (main < 0) {
            return null;
        }
        return new Chunk(Chunk.Kind.VERB_GROUP, i, main + 1, main);
    }

    private static Chunk nounPhrase(List<Token> t, int i) {
        int j = i;
        int head = -1;
        while (j < t.size()) {
            boolean nominal = tag(t, j, "NOUN") || tag(t, j, "PROPN") || tag(t, j, "NUM");
            if (nominal) {
                head = j;
            } else if (tag(t, j, "PRON")) {
                if (j != i) {
                    break;
                }
                head = j;
                if (!(tag(t, j + 1, "NOUN") || tag(t, j + 1, "PROPN") || tag(t, j + 1, "ADJ") || tag(t, j + 1, "NUM"))) {
                    j++;
                    break;
                }
            } else if (tag(t, j, "DET")) {
                if (j != i && !possessive(t, j - 1)) {
                    break;
                }
            } else if (possessive(t, j)) {
                if (head < 0) {
                    break;
                }
            } else if (!(tag(t, j, "ADJ") || adverbBeforeAdjective(t, j) || glued(t, j) || participle(t, i, j))) {
                break;
            }
            j++;
        }
        if (head < 0) {
            return null;
        }
        return new Chunk(Chunk.Kind.NOUN_PHRASE, i, head + 1, head);
    }

    /** "very close ties": an adverb inside a noun phrase, before its adjective. */
    private static boolean adverbBeforeAdjective(List<Token> t, int j) {
        return tag(t, j, "ADV") && tag(t, j + 1, "ADJ");
    }

    /** "armed forces", "the visiting delegation": a participle between a modifier and a noun. */
    private static boolean participle(List<Token> t, int start, int j) {
        return tag(t, j, "VERB") && j > start && (tag(t, j + 1, "NOUN") || tag(t, j + 1, "PROPN"))
                && (tag(t, j - 1, "DET") || tag(t, j - 1, "ADJ") || tag(t, j - 1, "NUM"));
    }

    /** A hyphen or a word written against its neighbours ("U.S.-Morocco", "Amir-Abdollahian"). */
    private static boolean glued(List<Token> t, int j) {
        return j > 0 && j + 1 < t.size() && t.get(j).text().equals("-")
                && t.get(j - 1).end() == t.get(j).begin() && t.get(j).end() == t.get(j + 1).begin();
    }

    private static boolean possessive(List<Token> t, int j) {
        if (j < 0 || j >= t.size()) {
            return false;
        }
        String norm = t.get(j).norm();
        return norm.equals("'s") || norm.equals("'");
    }

    private static boolean tag(List<Token> t, int j, String tag) {
        return j >= 0 && j < t.size() && t.get(j).tag().equals(tag);
    }
}
