package org.diplograph.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The states a query parameter may name: ISO 3166-1 alpha-3 codes, names and demonyms, matched without regard to
 * case. Built from a list of states (Diplograph's own comes from its lexicon: {@code Diplograph.stateNames()}).
 */
public final class StateNames {

    /** A state: its code, the name Diplograph labels it with, other names, demonyms. */
    public record State(String iso3, String name, List<String> otherNames, List<String> demonyms) {
    }

    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, Set<String>> byWord = new LinkedHashMap<>();

    private StateNames(Collection<State> states) {
        for (State s : states) {
            names.put(s.iso3(), s.name());
        }
        for (State s : states) {
            index(s.name(), s.iso3());
            s.otherNames().forEach(n -> index(n, s.iso3()));
            s.demonyms().forEach(n -> index(n, s.iso3()));
        }
    }

    public static StateNames of(Collection<State> states) {
        return new StateNames(states);
    }

    private void index(String word, String iso3) {
        byWord.computeIfAbsent(key(word), k -> new TreeSet<>()).add(iso3);
    }

    private static String key(String word) {
        return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The codes a code, name or demonym stands for: one, several when ambiguous, none when unknown. */
    public Set<String> codes(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (names.containsKey(code)) {
            return Set.of(code);
        }
        return byWord.getOrDefault(key(text), Set.of());
    }

    /** The name of a code, or the code itself when unknown. */
    public String name(String iso3) {
        return names.getOrDefault(iso3, iso3);
    }

    /** Up to {@code max} states whose code, name or demonym is within two edits of the text, as "Pakistan (PAK)". */
    public List<String> similar(String text, int max) {
        String k = key(text);
        Map<String, Integer> best = new TreeMap<>();
        byWord.forEach((word, codes) -> {
            int d = distance(k, word, 2);
            if (d <= 2) {
                codes.forEach(c -> best.merge(c, d, Math::min));
            }
        });
        List<String> out = new ArrayList<>();
        best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(max).forEach(e -> out.add(name(e.getKey()) + " (" + e.getKey() + ")"));
        return out;
    }

    public int size() {
        return names.size();
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
