package org.diplograph.lexicon.cameo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CAMEO verb dictionary as the coder uses it: verb forms by the word that is the verb, patterns by verb block,
 * synonym sets by name. Built from rows of {@code verbs.tsv}, {@code patterns.tsv} and {@code synsets.tsv} (the
 * converted PETRARCH dictionary, then Diplograph's own additions, which come after and so win ties). Immutable.
 */
public final class VerbLexicon {

    /** One row of a table: where it comes from and its cells. */
    public record Row(String file, int line, String[] cells) {

        public String origin() {
            return file + ":" + line;
        }

        String cell(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }
    }

    /** A row that cannot be used: the message names the file, line and reason. */
    public static final class BadRow extends RuntimeException {
        public BadRow(Row row, String reason) {
            super(row.origin() + ": " + reason);
        }
    }

    private final Map<String, List<VerbForm>> formsByVerb;
    private final Map<String, List<VerbPattern>> patternsByBlock;
    private final Map<String, List<List<String>>> synsets;

    private VerbLexicon(Map<String, List<VerbForm>> forms, Map<String, List<VerbPattern>> patterns,
                        Map<String, List<List<String>>> synsets) {
        this.formsByVerb = forms;
        this.patternsByBlock = patterns;
        this.synsets = synsets;
    }

    /**
     * @param verbs    rows: block, block_code, verb, head, code, forms, line
     * @param patterns rows: block, pre, post, code, line
     * @param synsets  rows: synset, phrases
     */
    public static VerbLexicon of(List<Row> verbs, List<Row> patterns, List<Row> synsets) {
        Map<String, List<List<String>>> sets = new LinkedHashMap<>();
        for (Row r : synsets) {
            String name = r.cell(0);
            if (!name.startsWith("&")) {
                throw new BadRow(r, "a synonym set's name starts with '&': " + name);
            }
            List<List<String>> phrases = new ArrayList<>(sets.getOrDefault(name, List.of()));
            for (String p : r.cell(1).split("\\|")) {
                if (!p.isBlank()) {
                    phrases.add(List.of(p.strip().split(" +")));
                }
            }
            sets.put(name, List.copyOf(phrases));
        }
        Map<String, List<VerbForm>> forms = new HashMap<>();
        for (Row r : verbs) {
            String block = r.cell(0);
            String code = r.cell(4).isEmpty() ? r.cell(1) : r.cell(4);
            int head;
            try {
                head = Integer.parseInt(r.cell(3));
            } catch (NumberFormatException e) {
                throw new BadRow(r, "head is not a number: '" + r.cell(3) + "'");
            }
            if (block.isEmpty() || r.cell(2).isEmpty() || r.cell(5).isEmpty()) {
                throw new BadRow(r, "a verb row needs block, verb and forms");
            }
            for (String form : r.cell(5).split("\\|")) {
                List<String> words = List.of(form.strip().split(" +"));
                if (head >= words.size()) {
                    throw new BadRow(r, "head " + head + " outside the form '" + form + "'");
                }
                forms.computeIfAbsent(words.get(head), k -> new ArrayList<>())
                        .add(new VerbForm(block, code, words, head, r.cell(2), r.origin()));
            }
        }
        Map<String, List<VerbPattern>> byBlock = new HashMap<>();
        for (Row r : patterns) {
            VerbPattern p;
            try {
                p = VerbPattern.of(r.cell(0), r.cell(1), r.cell(2), r.cell(3).isEmpty() ? "---" : r.cell(3), r.origin());
            } catch (IllegalArgumentException e) {
                throw new BadRow(r, e.getMessage());
            }
            for (Element e : p.pre()) {
                checkSynsets(r, e, sets);
            }
            for (Element e : p.post()) {
                checkSynsets(r, e, sets);
            }
            byBlock.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        byBlock.replaceAll((k, v) -> List.copyOf(v));
        return new VerbLexicon(Map.copyOf(forms), Map.copyOf(byBlock), Collections.unmodifiableMap(sets));
    }

    private static void checkSynsets(Row r, Element e, Map<String, List<List<String>>> sets) {
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
                throw new BadRow(r, "unknown synonym set " + i.synset());
            }
        }
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
