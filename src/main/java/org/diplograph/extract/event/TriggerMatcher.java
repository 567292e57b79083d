package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Inflections;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.TriggerRule;
import org.diplograph.lexicon.WordList;
import org.diplograph.model.EventType;

/** Finds the trigger rule that applies at a token: head word, following words and the rule's conditions. */
final class TriggerMatcher {

    /**
     * A trigger found in a sentence: head tokens {@code [start, end)}.
     *
     * @param complement token of the verb of a "to"-complement the trigger governs ("refused to <meet>"), or -1
     * @param object     token of the object noun a condition required ("declined an <invitation>"), or -1
     */
    record Match(TriggerRule rule, int start, int end, int complement, int object) {
    }

    private final Map<String, List<TriggerRule>> byHead = new HashMap<>();
    private final Inflections inflections;
    private final WordList occurrence;

    TriggerMatcher(Lexicon lexicon) {
        this.inflections = lexicon.inflections();
        this.occurrence = lexicon.cues().events().occurrence();
        for (TriggerRule r : lexicon.triggers()) {
            byHead.computeIfAbsent(r.head(), k -> new ArrayList<>()).add(r);
        }
    }

    /** Whether a word is a form of a noun that heads a trigger of the type ("invitations" for an invitation). */
    boolean nounOf(String word, EventType type) {
        for (String head : inflections.heads(word)) {
            for (TriggerRule rule : byHead.getOrDefault(head, List.of())) {
                if (!rule.verb() && rule.type() == type) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the token can head some trigger, by form alone. */
    boolean candidate(View v, int i) {
        return !inflections.heads(v.lower(i)).isEmpty();
    }

    Match match(View v, int i, List<Mention> mentions, List<Gatherings.Ref> gatherings, boolean negated,
                boolean phone) {
        Set<String> heads = inflections.heads(v.lower(i));
        for (String head : heads) {
            for (TriggerRule rule : byHead.getOrDefault(head, List.of())) {
                if (!partOfSpeech(v, i, rule)) {
                    continue;
                }
                int end = followers(v, i + 1, rule.then());
                if (end < 0) {
                    continue;
                }
                Match m = conditions(v, i, end, rule, mentions, gatherings, negated, phone);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    private static boolean partOfSpeech(View v, int i, TriggerRule rule) {
        String tag = v.tagAt(i);
        if (v.sentence().headline() && tag.equals("PROPN")) {
            boolean nominal = v.possessive(i - 1) || v.tag(i - 1, "DET") || v.tag(i - 1, "ADJ");
            return !rule.verb() || !nominal;
        }
        if (rule.verb()) {
            return tag.equals("VERB") || tag.equals("NOUN") && v.is(i - 1, "to") && !v.tag(i - 2, "DET");
        }
        return tag.equals("NOUN") || tag.equals("PROPN") && v.capitalised(i) || tag.equals("VERB") && v.tag(i - 1, "DET");
    }

    /** Matches the words that must follow the head; '*' allows up to three words between. Returns the end, or -1. */
    private static int followers(View v, int from, List<String> then) {
        int k = from;
        boolean gap = false;
        for (String word : then) {
            if (word.equals("*")) {
                gap = true;
                continue;
            }
            int limit = gap ? Math.min(v.size(), k + 4) : Math.min(v.size(), k + 1);
            int found = -1;
            for (int t = k; t < limit; t++) {
                if (v.is(t, word)) {
                    found = t;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            k = found + 1;
            gap = false;
        }
        return k;
    }

    private Match conditions(View v, int i, int end, TriggerRule rule, List<Mention> mentions,
                             List<Gatherings.Ref> gatherings, boolean negated, boolean phone) {
        int complement = complement(v, end);
        if (rule.needs().isEmpty()) {
            return new Match(rule, i, end, complementOf(rule, v, complement), -1);
        }
        int window = windowEnd(v, end, 7);
        for (TriggerRule.Need need : rule.needs()) {
            switch (need.kind()) {
                case OBJ -> {
                    int noun = nounIn(v, end, window, need.words());
                    if (noun >= 0) {
                        return new Match(rule, i, end, complement(v, noun + 1), noun);
                    }
                }
                case OBJTO -> {
                    int noun = nounIn(v, end, window, need.words());
                    if (noun >= 0 && follows(v, noun + 1, Math.min(v.size(), noun + 5), need.followers())) {
                        return new Match(rule, i, end, complement(v, noun + 1), noun);
                    }
                }
                case TO -> {
                    if (complement >= 0 && verbIn(v, complement, need.words())) {
                        return new Match(rule, i, end, complement, -1);
                    }
                }
                case ACTOR -> {
                    Mention m = Clauses.startingAfterModifiers(v, mentions, end);
                    if (m != null && m.actor() && !v.possessive(m.end())) {
                        return new Match(rule, i, end, complementOf(rule, v, complement), -1);
                    }
                }
                case PHONE -> {
                    if (phone) {
                        return new Match(rule, i, end, complementOf(rule, v, complement), -1);
                    }
                }
                case PREP -> {
                    int reach = rule.verb() ? window : Math.min(window, occurrenceEnd(v, end) + 2);
                    for (int t = end; t < reach; t++) {
                        if (need.words().contains(v.lower(t)) && actorAfter(v, t + 1, Math.min(window, t + 6), mentions)) {
                            return new Match(rule, i, end, complementOf(rule, v, complement), -1);
                        }
                    }
                }
                case GATHERING -> {
                    for (Gatherings.Ref g : gatherings) {
                        if (g.start() >= end && g.start() < window) {
                            return new Match(rule, i, end, -1, -1);
                        }
                    }
                }
                case NEGATED -> {
                    if (negated) {
                        return new Match(rule, i, end, -1, -1);
                    }
                }
                case PASSIVE -> {
                    if (rule.verb() && Arguments.passive(v, i, inflections)) {
                        return new Match(rule, i, end, -1, -1);
                    }
                }
                case POSS -> {
                    if (!Arguments.possessor(v, mentions, i).isEmpty() && v.possessive(i - 1)) {
                        return new Match(rule, i, end, complementOf(rule, v, complement), -1);
                    }
                }
                case AFTER -> {
                    if (i > 0 && need.words().contains(v.lower(i - 1))) {
                        return new Match(rule, i, end, complementOf(rule, v, complement), -1);
                    }
                }
            }
        }
        return null;
    }

    /**
     * After "took place", "was held", "will be held": where a noun's own preposition can start ("No call took place
     * between …"); auxiliaries and occurrence verbs may stand between, up to four tokens.
     */
    private int occurrenceEnd(View v, int end) {
        int k = end;
        while (k < v.size() && k < end + 4) {
            int n = v.tag(k, "AUX") ? 1 : v.match(occurrence, k);
            if (n == 0) {
                break;
            }
            k += n;
        }
        return k;
    }

    /** The verb of a "to"-complement right after {@code k} ("to meet"), or -1. */
    private static int complement(View v, int k) {
        return v.is(k, "to") && k + 1 < v.size() && v.tag(k + 1, "VERB") ? k + 1 : -1;
    }

    /** Rules whose events propose or refuse another event swallow that event's verb ("urged X to visit"). */
    private static int complementOf(TriggerRule rule, View v, int complement) {
        return switch (rule.type()) {
            case INVITATION, APPEAL, DEMAND, INTENT_TO_COOPERATE, DECLINED_INVITATION, REJECTION, THREAT -> complement;
            default -> -1;
        };
    }

    private boolean verbIn(View v, int k, Set<String> verbs) {
        if (verbs.contains(v.lower(k))) {
            return true;
        }
        for (String verb : verbs) {
            if (Inflections.verbForms(verb).contains(v.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static int nounIn(View v, int from, int to, Set<String> nouns) {
        for (int t = from; t < to; t++) {
            boolean gerund = v.lower(t).endsWith("ing") && v.tag(t, "VERB");
            if (nouns.contains(v.lower(t)) && (!v.tag(t, "VERB") || gerund)) {
                return t;
            }
        }
        return -1;
    }

    private boolean follows(View v, int from, int to, Set<String> words) {
        for (int t = from; t < to; t++) {
            if (words.contains(v.lower(t)) || verbIn(v, t, words)) {
                return true;
            }
        }
        return false;
    }

    /** An actor or place soon after a preposition: "to Istanbul and Ankara, Turkey" counts. */
    private static boolean actorAfter(View v, int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.start() < to && (m.actor() || m.place())) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause after a trigger ends, at most {@code max} tokens on. */
    static int windowEnd(View v, int from, int max) {
        int limit = Math.min(v.size(), from + max);
        for (int t = from; t < limit; t++) {
            if (v.clauseBreak(t) || v.is(t, "and") && (v.tag(t + 1, "VERB") || v.tag(t + 1, "AUX"))) {
                return t;
            }
        }
        return limit;
    }
}
