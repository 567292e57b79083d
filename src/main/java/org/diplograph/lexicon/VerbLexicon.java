package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CAMEO verb dictionary as the coder uses it: verb forms by the word that is the verb, patterns by verb block,
 * synonym sets by name. Read from the converted PETRARCH tables ({@code petrarch/verbs.tsv}, {@code
 * patterns.tsv}, {@code synsets.tsv}) and then from Diplograph's own additions ({@code cameo/verbs-own.tsv},
 * {@code cameo/patterns-own.tsv}): an own verb replaces every dictionary entry of the same verb, own patterns
 * are added to their block. Every row is checked while it is read. Immutable.
 */
public final class VerbLexicon {

    static final String VERBS = "petrarch/verbs.tsv";
    static final String PATTERNS = "petrarch/patterns.tsv";
    static final String SYNSETS = "petrarch/synsets.tsv";
    static final String OWN_VERBS = "cameo/verbs-own.tsv";
    static final String OWN_PATTERNS = "cameo/patterns-own.tsv";

    private final Map<String, List<VerbForm>> formsByVerb;
    private final Map<String, List<VerbPattern>> patternsByBlock;
    private final Map<String, List<List<String>>> synsets;

    private VerbLexicon(Map<String, List<VerbForm>> forms, Map<String, List<VerbPattern>> patterns,
                        Map<String, List<List<String>>> synsets) {
        this.formsByVerb = forms;
        this.patternsByBlock = patterns;
        this.synsets = synsets;
    }

    public static VerbLexicon read(LexiconSource source) {
        return of(Tsv.rows(source, VERBS, 7, 7, "block"), Tsv.rows(source, OWN_VERBS, 7, 7, "block"),
                concat(Tsv.rows(source, PATTERNS, 5, 5, "block"), Tsv.rows(source, OWN_PATTERNS, 5, 5, "block")),
                Tsv.rows(source, SYNSETS, 2, 2, "synset"));
    }

    /**
     * @param verbs    rows: block, block_code, verb, head, code, forms, line
     * @param own      rows of the same form that replace the dictionary's entries of their verb
     * @param patterns rows: block, pre, post, code, line
     * @param synsets  rows: synset, phrases
     */
    static VerbLexicon of(List<Tsv.Row> verbs, List<Tsv.Row> own, List<Tsv.Row> patterns, List<Tsv.Row> synsets) {
        Map<String, List<List<String>>> sets = new LinkedHashMap<>();
        for (Tsv.Row r : synsets) {
            String name = r.cell(0);
            if (!name.startsWith("&")) {
                throw r.error("a synonym set's name starts with '&': " + name);
            }
            List<List<String>> phrases = new ArrayList<>(sets.getOrDefault(name, List.of()));
            for (String p : Tsv.list(r.cell(1))) {
                phrases.add(List.of(p.split(" +")));
            }
            sets.put(name, List.copyOf(phrases));
        }
        Set<String> replaced = new HashSet<>();
        own.forEach(r -> replaced.add(r.cell(2)));
        Map<String, List<VerbForm>> forms = new HashMap<>();
        for (Tsv.Row r : verbs) {
            if (!replaced.contains(r.cell(2))) {
                addForms(forms, r);
            }
        }
        own.forEach(r -> addForms(forms, r));
        Map<String, List<VerbPattern>> byBlock = new HashMap<>();
        for (Tsv.Row r : patterns) {
            VerbPattern p;
            try {
                p = VerbPattern.of(r.cell(0), r.cell(1), r.cell(2), r.cell(3).isEmpty() ? "---" : r.cell(3),
                        r.file() + ":" + r.line());
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            p.pre().forEach(e -> checkSynsets(r, e, sets));
            p.post().forEach(e -> checkSynsets(r, e, sets));
            byBlock.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        byBlock.replaceAll((k, v) -> List.copyOf(v));
        return new VerbLexicon(Map.copyOf(forms), Map.copyOf(byBlock), Collections.unmodifiableMap(sets));
    }

    private static void addForms(Map<String, List<VerbForm>> forms, Tsv.Row r) {
        String block = r.cell(0);
        String code = r.cell(4).isEmpty() ? r.cell(1) : r.cell(4);
        int head;
        try {
            head = Integer.parseInt(r.cell(3));
        } catch (NumberFormatException e) {
            throw r.error("head is not a number: '" + r.cell(3) + "'");
        }
        if (block.isEmpty() || r.cell(2).isEmpty() || r.cell(5).isEmpty()) {
            throw r.error("a verb row needs block, verb and forms");
        }
        if (!code.matches("\\S+")) {
            throw r.error("bad code '" + code + "'");
        }
        for (String form : Tsv.list(r.cell(5))) {
            List<String> words = List.of(form.split(" +"));
            if (head >= words.size()) {
                throw r.error("head " + head + " outside the form '" + form + "'");
            }
            forms.computeIfAbsent(words.get(head), k -> new ArrayList<>())
                    .add(new VerbForm(block, code, words, head, r.cell(2), r.file() + ":" + r.line()));
        }
    }

    private static void checkSynsets(Tsv.Row r, Element e, Map<String, List<List<String>>> sets) {
        List<Element.Item> items = new ArrayList<>();
        if (e instanceof Element.Words w) {
            items.addAll(w.items());
        } else if (e instanceof Element.NounPhrase n) {
            items.addAll(n.modifiers());
            items.add(n.head());
        } else if (e instanceof Element.Prep p) {
            p.objects().forEach(o -> checkSynsets(r, o, sets));
            items.addAll(p.prepositions());
        }
        for (Element.Item i : items) {
            if (i.synset() != null && !sets.containsKey(i.synset())) {
                throw r.error("unknown synonym set " + i.synset());
            }
        }
    }

    private static List<Tsv.Row> concat(List<Tsv.Row> a, List<Tsv.Row> b) {
        List<Tsv.Row> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The dictionary forms whose verb word is {@code word} (lower case). */
    public List<VerbForm> forms(String word) {
        return formsByVerb.getOrDefault(word, List.of());
    }

    public List<VerbPattern> patterns(String block) {
        return patternsByBlock.getOrDefault(block, List.of());
    }

    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }
}
