package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.coder.CodingSentence;
import org.diplograph.extract.coder.PatternMatch;
import org.diplograph.extract.coder.PatternMatcher;
import org.diplograph.extract.coder.VerbHit;
import org.diplograph.extract.sentence.Clauses;
import org.diplograph.extract.sentence.Mention;
import org.diplograph.extract.sentence.View;
import org.diplograph.extract.time.TimeExpression;
import org.diplograph.lexicon.CodingLexicon;
import org.diplograph.model.Chunk;

/**
 * Codes the verbs of a sentence that no trigger rule took, with the CAMEO verb dictionary: the verb's block and
 * patterns give a code ({@link PatternMatcher}); a verb that governs another through "to" ("urged X to meet",
 * "agreed to provide", "refused to attend", "threatened to cut") combines with it into one event
 * ({@link CodingLexicon#combine}). Time expressions are hidden from the patterns, so "on Tuesday" is no "(on)".
 * Immutable and thread-safe.
 */
final class VerbCoding {

    /**
     * A coded verb.
     *
     * @param code       the CAMEO code the event gets (the active part of a dictionary code)
     * @param reverse    the passive part ("043" of "042:043"): the code from the target's side, or null
     * @param complement the governed verb folded into this event, or -1
     * @param sources    actors the pattern names as the source ({@code $}), else empty
     * @param targets    actors the pattern names as the target ({@code +}), or the governing verb's object when it
     *                   combined with the verb it governs ("urged X to …"), else empty
     * @param rule       the dictionary entry that decided, for provenance
     */
    record Coded(VerbHit verb, String code, String reverse, int complement, List<Mention> sources,
                 List<Mention> targets, String rule) {
    }

    private final CodingLexicon lexicon;
    private final PatternMatcher matcher;

    VerbCoding(CodingLexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new PatternMatcher(lexicon.verbs());
    }

    /** The coded verbs of a sentence, skipping tokens {@code taken} by trigger rules. */
    List<Coded> code(View v, List<Mention> mentions, List<TimeExpression> times, boolean[] taken) {
        CodingSentence s = sentence(v, mentions, times);
        List<Coded> out = new ArrayList<>();
        boolean[] used = new boolean[v.size()];
        for (Chunk c : s.chunks()) {
            int h = c.head();
            if (c.kind() != Chunk.Kind.VERB_GROUP || taken[h] || used[h] || Clauses.at(mentions, h) != null) {
                continue;
            }
            VerbHit hit = matcher.verbAt(s, h);
            if (hit == null) {
                continue;
            }
            int from = clauseStart(v, c.start());
            int to = clauseEnd(v, s, hit.end());
            PatternMatch match = matcher.best(s, hit, from, to);
            if (takenWithin(taken, hit.end(), match.end())) {
                continue; // "held talks", "paid a visit": the noun is the event, which a trigger took
            }
            String code = active(match.code());
            String reverse = passive(match.code());
            String rule = match.rule(hit);
            int complement = -1;
            List<Mention> targets = refs(match.targets());
            if (code != null && lexicon.governs(code.substring(0, 2))) {
                Governed g = governed(v, s, hit.end(), to, taken);
                if (g != null) {
                    String inner = active(g.match.code());
                    String combined = inner == null ? null : lexicon.combine(code.substring(0, 2), inner).orElse(null);
                    if (combined != null) {
                        code = combined;
                        reverse = null;
                        complement = g.verb.verb();
                        rule = rule + " + " + g.match.rule(g.verb);
                        used[g.verb.verb()] = true;
                        if (targets.isEmpty()) {
                            targets = g.object.isEmpty() ? refs(g.match.targets()) : g.object;
                        }
                    }
                }
            }
            if (code != null) {
                out.add(new Coded(hit, code, reverse, complement, refs(match.sources()), targets, rule));
                used[h] = true;
            }
        }
        return out;
    }

    private static boolean takenWithin(boolean[] taken, int from, int to) {
        for (int t = from; t < to; t++) {
            if (taken[t]) {
                return true;
            }
        }
        return false;
    }

    /** A verb governed through "to", with the object of the governing verb before it ("urged X to …"). */
    private record Governed(VerbHit verb, PatternMatch match, List<Mention> object) {
    }

    private Governed governed(View v, CodingSentence s, int from, int limit, boolean[] taken) {
        for (Chunk c : s.chunks()) {
            if (c.kind() != Chunk.Kind.VERB_GROUP || c.start() < from || !v.is(c.start(), "to")) {
                continue;
            }
            if (c.start() - from > 8 || taken[c.head()]) {
                return null;
            }
            for (int t = from; t < c.start(); t++) {
                if (v.clauseBreak(t) || v.tag(t, "VERB")) {
                    return null;
                }
            }
            VerbHit inner = matcher.verbAt(s, c.head());
            if (inner == null) {
                return null;
            }
            PatternMatch m = matcher.best(s, inner, c.start(), clauseEnd(v, s, inner.end()));
            List<Mention> object = new ArrayList<>();
            for (CodingSentence.Slot slot : s.actors()) {
                if (slot.start() >= from && slot.end() <= c.start()) {
                    object.add((Mention) slot.ref());
                }
            }
            return new Governed(inner, m, object);
        }
        return null;
    }

    private static CodingSentence sentence(View v, List<Mention> mentions, List<TimeExpression> times) {
        String[] lower = new String[v.size()];
        String[] tags = new String[v.size()];
        for (int i = 0; i < v.size(); i++) {
            lower[i] = v.lower(i);
            tags[i] = v.tagAt(i);
        }
        for (TimeExpression x : times) {
            for (int i = x.start(); i < x.end(); i++) {
                lower[i] = "";
            }
        }
        List<CodingSentence.Slot> slots = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.actor() || m.place()) {
                slots.add(new CodingSentence.Slot(m.start(), m.end(), m));
            }
        }
        return new CodingSentence(lower, tags, v.sentence().chunks(), slots);
    }

    /** Where the clause of a verb group starting at {@code start} begins: after the last clause break before it. */
    private static int clauseStart(View v, int start) {
        int t = start - 1;
        while (t >= 0 && !v.clauseBreak(t)) {
            t--;
        }
        return t + 1;
    }

    /** Where what a verb governs ends: at a clause break, or where the next verb group starts. */
    private static int clauseEnd(View v, CodingSentence s, int from) {
        int end = from;
        while (end < v.size() && !v.clauseBreak(end)) {
            end++;
        }
        for (Chunk c : s.chunks()) {
            if (c.kind() == Chunk.Kind.VERB_GROUP && c.start() >= from && c.start() < end) {
                return c.start();
            }
        }
        return end;
    }

    /** The active part of a dictionary code ("042" of "042:043"), or null for no event. */
    private static String active(String code) {
        String a = code.contains(":") ? code.substring(0, code.indexOf(':')) : code;
        return a.matches("[0-9]{2,4}") ? a : null;
    }

    /** The passive part of a dictionary code ("043" of "042:043"), or null. */
    private static String passive(String code) {
        int colon = code.indexOf(':');
        String p = colon < 0 ? "" : code.substring(colon + 1);
        return p.matches("[0-9]{2,4}") ? p : null;
    }

    private static List<Mention> refs(List<CodingSentence.Slot> slots) {
        List<Mention> out = new ArrayList<>();
        slots.forEach(s -> out.add((Mention) s.ref()));
        return out;
    }
}
