package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

import org.diplograph.model.Gazetteer;
import org.diplograph.model.NameMatch;

/**
 * Finds gazetteer names in tokenised sentences with OpenNLP's {@link DictionaryNameFinder}, one finder per
 * gazetteer. Entries are tokenised with the same tokenizer as the text, so "U.S." and "Côte d'Ivoire" match the
 * way they are split in sentences. Overlapping hits of different gazetteers are resolved longest first, then by
 * priority. Immutable after construction and safe to share between threads.
 */
public final class DictionaryTagger {

    private record Finder(Gazetteer gazetteer, DictionaryNameFinder finder, Map<String, String> keys) {
    }

    private final List<Finder> finders = new ArrayList<>();
    private final Map<String, Integer> priority = new HashMap<>();

    public DictionaryTagger(List<Gazetteer> gazetteers) {
        TokenizerME tokenizer = new TokenizerME(NlpModels.get().tokens);
        for (Gazetteer gazetteer : gazetteers) {
            Dictionary dictionary = new Dictionary(gazetteer.caseSensitive());
            Map<String, String> keys = new HashMap<>();
            gazetteer.names().forEach((name, key) -> {
                String[] tokens = normalise(tokenizer.tokenize(name));
                if (tokens.length > 0) {
                    dictionary.put(new StringList(tokens));
                    keys.putIfAbsent(lookup(tokens, gazetteer.caseSensitive()), key);
                }
            });
            finders.add(new Finder(gazetteer, new DictionaryNameFinder(dictionary, gazetteer.type()), keys));
            priority.put(gazetteer.type(), gazetteer.priority());
        }
    }

    /** The names in one sentence, as token ranges that do not overlap. */
    public List<NameMatch> find(String[] normalisedTokens) {
        List<NameMatch> all = new ArrayList<>();
        for (Finder f : finders) {
            for (Span span : f.finder().find(normalisedTokens)) {
                String[] hit = java.util.Arrays.copyOfRange(normalisedTokens, span.getStart(), span.getEnd());
                String key = f.keys().get(lookup(hit, f.gazetteer().caseSensitive()));
                if (key != null) {
                    all.add(new NameMatch(f.gazetteer().type(), key, span.getStart(), span.getEnd()));
                }
            }
        }
        all.sort(Comparator.comparingInt(NameMatch::length).reversed()
                .thenComparing(m -> -priority.get(m.type()))
                .thenComparingInt(NameMatch::start));
        List<NameMatch> kept = new ArrayList<>();
        for (NameMatch m : all) {
            if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(NameMatch::start));
        return kept;
    }

    static String[] normalise(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = TokenNorm.of(tokens[i]);
        }
        return out;
    }

    private static String lookup(String[] tokens, boolean caseSensitive) {
        String joined = String.join(" ", tokens);
        return caseSensitive ? joined : joined.toLowerCase(Locale.ROOT);
    }
}
