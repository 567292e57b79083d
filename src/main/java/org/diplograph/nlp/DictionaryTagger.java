package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.diplograph.model.Gazetteer;
import org.diplograph.model.NameMatch;

/**
 * Finds gazetteer names in tokenised sentences, one {@link NameTrie} per gazetteer, matching the way OpenNLP's
 * {@code DictionaryNameFinder} does. Entries are tokenised with the same tokenizer as the text, so "U.S." and
 * "Côte d'Ivoire" match the way they are split in sentences. Overlapping hits of different gazetteers are
 * resolved longest first, then by priority; the secondary gazetteers come after all others. Immutable after construction and safe to share between threads.
 */
public final class DictionaryTagger {

    /**
     * Gazetteers of this priority or lower (the large actor dictionaries) only take tokens the others left: a long
     * dictionary name never hides a state or title the curated lists know.
     */
    static final int SECONDARY = 1;

    private final List<NameTrie> tries = new ArrayList<>();
    private final Map<String, Integer> priority = new HashMap<>();

    public DictionaryTagger(List<Gazetteer> gazetteers) {
        CachingTokenizer tokenizer = new CachingTokenizer(NlpModels.get().tokens);
        for (Gazetteer gazetteer : gazetteers) {
            NameTrie trie = new NameTrie(gazetteer.type(), gazetteer.caseSensitive());
            // in name order, so that of two names written alike the same one wins in every run
            new TreeMap<>(gazetteer.names()).forEach((name, key) ->
                    trie.put(normalise(gazetteer.tokenized() ? name.split(" ") : tokenizer.tokenize(name)), key));
            tries.add(trie);
            priority.put(gazetteer.type(), gazetteer.priority());
        }
    }

    /** The names in one sentence, as token ranges that do not overlap. */
    public List<NameMatch> find(String[] normalisedTokens) {
        List<NameMatch> all = new ArrayList<>();
        for (NameTrie trie : tries) {
            trie.find(normalisedTokens, all);
        }
        if (all.isEmpty()) {
            return all;
        }
        all.sort(Comparator.comparing((NameMatch m) -> priority.get(m.type()) <= SECONDARY)
                .thenComparing(Comparator.comparingInt(NameMatch::length).reversed())
                .thenComparing(m -> -priority.get(m.type()))
                .thenComparingInt(NameMatch::start));
        boolean[] taken = new boolean[normalisedTokens.length];
        List<NameMatch> kept = new ArrayList<>();
        for (NameMatch m : all) {
            if (free(taken, m)) {
                kept.add(m);
                for (int t = m.start(); t < m.end(); t++) {
                    taken[t] = true;
                }
            }
        }
        kept.sort(Comparator.comparingInt(NameMatch::start));
        return kept;
    }

    private static boolean free(boolean[] taken, NameMatch m) {
        for (int t = m.start(); t < m.end(); t++) {
            if (taken[t]) {
                return false;
            }
        }
        return true;
    }

    static String[] normalise(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = TokenNorm.of(tokens[i]);
        }
        return out;
    }
}
