package org.diplograph.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps inflected forms to the head words of the trigger lexicon ("spoke" → speak, "talks" → talks, "visits" →
 * visit), without running a lemmatizer: regular forms are generated, irregular ones come from
 * {@code lexicon/irregular-verbs.tsv}. Over-generation is harmless because only known heads are looked up.
 */
public final class Inflections {

    static final String FILE = "irregular-verbs.tsv";

    private final Map<String, Set<String>> heads = new HashMap<>();
    private final Set<String> irregularPast = new HashSet<>();

    Inflections(LexiconSource source, Set<String> verbHeads, Set<String> nounHeads) {
        Map<String, String> irregular = new HashMap<>();
        for (Tsv.Row row : Tsv.rows(source, FILE, 2, 2, "lemma")) {
            if (Tsv.list(row.cell(1)).isEmpty()) {
                throw row.error("no forms for '" + row.cell(0) + "'");
            }
            for (String form : Tsv.list(row.cell(1))) {
                irregular.put(form, row.cell(0));
                if (!form.equals(row.cell(0)) && !form.endsWith("ing") && !form.endsWith("s")) {
                    irregularPast.add(form);
                }
            }
        }
        for (String verb : verbHeads) {
            for (String form : verbForms(verb)) {
                add(form, verb);
            }
        }
        irregular.forEach((form, lemma) -> {
            if (verbHeads.contains(lemma)) {
                add(form, lemma);
            }
        });
        for (String noun : nounHeads) {
            add(noun, noun);
            add(noun + "s", noun);
            add(noun + "es", noun);
            if (noun.endsWith("y")) {
                add(noun.substring(0, noun.length() - 1) + "ies", noun);
            }
        }
    }

    /** The head words an inflected form may stand for. */
    public Set<String> heads(String form) {
        return heads.getOrDefault(form.toLowerCase(Locale.ROOT), Set.of());
    }

    /** Whether a form is the irregular past tense or past participle of a verb ("met", "held", "told", "paid"). */
    public boolean irregularPast(String form) {
        return irregularPast.contains(form);
    }

    private void add(String form, String head) {
        heads.computeIfAbsent(form, k -> new HashSet<>()).add(head);
    }

    /** The regular forms of a verb: "meet" → meets, meeted, meeting (over-generated, see above). */
    public static Set<String> verbForms(String verb) {
        Set<String> forms = new HashSet<>();
        forms.add(verb);
        boolean endsE = verb.endsWith("e");
        boolean endsY = verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2));
        String stem = endsE ? verb.substring(0, verb.length() - 1) : verb;
        forms.add(endsY ? verb.substring(0, verb.length() - 1) + "ies" : sibilant(verb) ? verb + "es" : verb + "s");
        forms.add(endsY ? verb.substring(0, verb.length() - 1) + "ied" : endsE ? verb + "d" : verb + "ed");
        forms.add(stem + "ing");
        if (doublesFinal(verb)) {
            char last = verb.charAt(verb.length() - 1);
            forms.add(verb + last + "ed");
            forms.add(verb + last + "ing");
        }
        return forms;
    }

    private static boolean sibilant(String w) {
        return w.endsWith("s") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x") || w.endsWith("z");
    }

    private static boolean doublesFinal(String w) {
        int n = w.length();
        return n >= 3 && !isVowel(w.charAt(n - 1)) && "wxy".indexOf(w.charAt(n - 1)) < 0
                && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
