package org.diplograph.extract.coder;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.lexicon.Element;
import org.diplograph.lexicon.VerbForm;
import org.diplograph.lexicon.VerbLexicon;
import org.diplograph.lexicon.VerbPattern;
import org.diplograph.model.Chunk;

/**
 * Applies the CAMEO verb dictionary to a sentence the way TABARI and PETRARCH read their patterns, on chunks
 * instead of a full parse: the pre-verb part must be found, in order, between the clause start and the verb; the
 * post-verb part, in order, between the verb and the clause end; a "_" makes two elements (or an element and the
 * verb) adjacent. A word matches a token (a singular also its plural), a synonym set any of its phrases, a
 * {@code {modifiers head}} phrase a head with its modifiers earlier in the same noun phrase, a {@code (prep …)}
 * phrase the preposition followed — before the next verb — by what it governs, and {@code $ + ^ %} an actor
 * ({@code %}, parties acting together, leaves the subject and its conjuncts to the caller).
 * The most specific matching pattern wins (most elements matched; the earlier in the dictionary on ties); with
 * none, the verb's own code applies. Stateless apart from the dictionary: thread-safe.
 */
public final class PatternMatcher {

    private final VerbLexicon lexicon;

    public PatternMatcher(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The longest dictionary verb whose verb word is token {@code i}, or null. */
    public VerbHit verbAt(CodingSentence s, int i) {
        VerbHit best = null;
        for (VerbForm f : lexicon.forms(s.lower()[i])) {
            int start = i - f.head();
            int end = start + f.words().size();
            if (start < 0 || end > s.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < f.words().size() && all; k++) {
                all = s.lower()[start + k].equals(f.words().get(k));
            }
            if (all && (best == null || f.words().size() > best.form().words().size())) {
                best = new VerbHit(f, start, end, i);
            }
        }
        return best;
    }

    /** The pattern that applies to {@code verb} within the clause {@code [from, to)}. */
    public PatternMatch best(CodingSentence s, VerbHit verb, int from, int to) {
        PatternMatch best = new PatternMatch(null, verb.form().code(), 0, List.of(), List.of(), verb.end());
        for (VerbPattern p : lexicon.patterns(verb.form().block())) {
            State st = new State(s, to);
            int preScore = pre(st, p, from, verb.start());
            if (preScore < 0) {
                continue;
            }
            int postEnd = sequence(st, p.post(), 0, verb.end(), p.postNextToVerb(), to);
            if (postEnd < 0) {
                continue;
            }
            int score = st.score + 1;
            if (score > best.score()) {
                String code = p.code();
                best = new PatternMatch(p, code, score, st.sources, st.targets, Math.max(postEnd, verb.end()));
            }
        }
        return best;
    }

    /**
     * Matches the pre-verb part between {@code from} and the verb; -1 when it fails. When the part is joined to the
     * verb, its last element must end right before it, so that one is matched first, anchored there.
     */
    private int pre(State st, VerbPattern p, int from, int verbStart) {
        List<Element> els = p.pre();
        if (els.isEmpty()) {
            return 0;
        }
        if (!p.preNextToVerb()) {
            return sequence(st, els, 0, from, false, verbStart) >= 0 ? st.score : -1;
        }
        Element last = els.get(els.size() - 1);
        for (int q = verbStart - 1; q >= from; q--) {
            int[] mark = st.mark();
            if (element(st, last, q, from, verbStart) == verbStart) {
                int lastStart = q;
                if (sequence(st, els.subList(0, els.size() - 1), 0, from, false, lastStart) >= 0) {
                    return st.score;
                }
            }
            st.reset(mark);
        }
        return -1;
    }

    /**
     * Matches elements {@code [idx…]} in order, each at the first place it fits at or after {@code pos} (exactly at
     * {@code pos} when {@code adjacent}) and before {@code limit}; returns the end of the last one, or -1. Greedy,
     * as TABARI matched: the first place an element fits is the one taken.
     */
    private int sequence(State st, List<Element> els, int idx, int pos, boolean adjacent, int limit) {
        int p = pos;
        boolean next = adjacent;
        for (int k = idx; k < els.size(); k++) {
            Element e = els.get(k);
            int last = next ? p : limit - 1;
            int end = -1;
            for (int q = p; q <= last && q < limit && end < 0; q++) {
                int[] mark = st.mark();
                end = element(st, e, q, p, limit);
                if (end < 0) {
                    st.reset(mark);
                }
            }
            if (end < 0) {
                return -1;
            }
            p = end;
            next = e.joinNext();
        }
        return p;
    }

    /** The end of {@code e} matched at token {@code q} (not before {@code floor}), or -1. */
    private int element(State st, Element e, int q, int floor, int limit) {
        CodingSentence s = st.s;
        if (e instanceof Element.Words w) {
            int p = q;
            for (int k = 0; k < w.items().size(); k++) {
                int n = item(s, w.items().get(k), p, limit, k == w.items().size() - 1);
                if (n <= 0) {
                    return -1;
                }
                p += n;
            }
            st.score += w.items().size();
            return p;
        }
        if (e instanceof Element.NounPhrase np) {
            int n = item(s, np.head(), q, limit, true);
            if (n <= 0) {
                return -1;
            }
            Chunk c = s.chunkAt(q);
            int left = Math.max(floor, c == null ? q - 4 : c.start());
            int p = left;
            for (Element.Item m : np.modifiers()) {
                int found = -1;
                for (int t = p; t < q && found < 0; t++) {
                    int len = item(s, m, t, q, false);
                    if (len > 0) {
                        found = t + len;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                p = found;
            }
            st.score += np.modifiers().size() + 1;
            return q + n;
        }
        if (e instanceof Element.Prep pp) {
            int n = -1;
            for (Element.Item prep : pp.prepositions()) {
                n = Math.max(n, item(s, prep, q, limit, false));
            }
            if (n <= 0) {
                return -1;
            }
            int phraseEnd = phraseEnd(s, q + n, limit);
            int end = sequence(st, pp.objects(), 0, q + n, false, phraseEnd);
            if (end < 0) {
                return -1;
            }
            st.score += 1;
            return end;
        }
        Element.Actor a = (Element.Actor) e;
        CodingSentence.Slot slot = s.actorAt(q);
        if (slot == null) {
            return -1;
        }
        if (a.role() == '$') {
            st.sources.add(slot);
        } else if (a.role() == '+') {
            st.targets.add(slot);
        }
        st.score += 1;
        return slot.end();
    }

    /** Tokens an item covers at {@code q}: a word (or, last in its element, its plural), or a synonym phrase. */
    private int item(CodingSentence s, Element.Item it, int q, int limit, boolean last) {
        if (q >= limit || q >= s.size()) {
            return -1;
        }
        if (it.word() != null) {
            String t = s.lower()[q];
            boolean plural = last && (t.equals(it.word() + "s") || t.equals(it.word() + "es")
                    || it.word().endsWith("y") && t.equals(it.word().substring(0, it.word().length() - 1) + "ies"));
            return t.equals(it.word()) || plural ? 1 : -1;
        }
        int best = -1;
        for (List<String> phrase : lexicon.synset(it.synset())) {
            if (q + phrase.size() > Math.min(limit, s.size())) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = s.lower()[q + k].equals(phrase.get(k));
            }
            if (all) {
                best = Math.max(best, phrase.size());
            }
        }
        return best;
    }

    /** Where what a preposition governs ends: at the next verb group, or the limit. */
    private static int phraseEnd(CodingSentence s, int from, int limit) {
        for (Chunk c : s.chunks()) {
            if (c.kind() == Chunk.Kind.VERB_GROUP && c.start() >= from && c.start() < limit) {
                return c.start();
            }
        }
        return limit;
    }

    /** What a match has picked so far; marks and resets undo a failed branch. */
    private static final class State {
        final CodingSentence s;
        int limit;
        int score;
        final List<CodingSentence.Slot> sources = new ArrayList<>();
        final List<CodingSentence.Slot> targets = new ArrayList<>();

        State(CodingSentence s, int limit) {
            this.s = s;
            this.limit = limit;
        }

        int[] mark() {
            return new int[] {score, sources.size(), targets.size()};
        }

        void reset(int[] m) {
            score = m[0];
            while (sources.size() > m[1]) {
                sources.remove(sources.size() - 1);
            }
            while (targets.size() > m[2]) {
                targets.remove(targets.size() - 1);
            }
        }
    }
}
