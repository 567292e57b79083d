package org.diplograph.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a PETRARCH verb dictionary (format: {@code dictionaries.rst} of PETRARCH-2, section "Verb Dictionary"):
 * synonym sets ({@code &NAME} then {@code +phrase} lines), verb blocks ({@code --- NAME [CODE] ---} then verb lines
 * and {@code -} pattern lines) and transformations ({@code ~} lines). Regular verb forms and noun plurals are
 * generated the way the format says; a line that cannot be used is reported and skipped.
 */
public final class VerbDictionaryReader {

    private final Map<String, List<String>> rawSynsets = new LinkedHashMap<>();
    private final Map<String, Boolean> synsetPlurals = new LinkedHashMap<>();
    private final List<VerbDictionary.Block> blocks = new ArrayList<>();
    private final List<VerbDictionary.Transformation> transformations = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private String synset;
    private String blockName;
    private String blockCode;
    private int blockLine;
    private List<VerbDictionary.Verb> verbs;
    private List<VerbDictionary.Pattern> patterns;

    private VerbDictionaryReader() {
    }

    public static VerbDictionary read(List<SourceLines.Line> lines) {
        VerbDictionaryReader reader = new VerbDictionaryReader();
        for (SourceLines.Line line : lines) {
            reader.line(line.number(), line.text().strip());
        }
        return reader.finish();
    }

    private void line(int number, String text) {
        if (text.startsWith("---")) {
            closeBlock();
            synset = null;
            openBlock(number, text);
        } else if (text.startsWith("&")) {
            synset = text.split("\\s+")[0];
            boolean plurals = !synset.endsWith("_");
            synset = lower(strip(synset, "_"));
            rawSynsets.put(synset, new ArrayList<>());
            synsetPlurals.put(synset, plurals);
        } else if (text.startsWith("+") && synset != null) {
            rawSynsets.get(synset).add(text.substring(1).strip());
        } else if (text.startsWith("~")) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                problems.add("line " + number + ": transformation without '=': " + text);
            } else {
                transformations.add(new VerbDictionary.Transformation(lower(text.substring(1, eq).strip()),
                        lower(text.substring(eq + 1).strip()), number));
            }
        } else if (text.startsWith("-")) {
            synset = null;
            pattern(number, text);
        } else {
            synset = null;
            verb(number, text);
        }
    }

    private void openBlock(int number, String text) {
        String inner = text.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        int bracket = inner.indexOf('[');
        blockName = (bracket < 0 ? inner : inner.substring(0, bracket)).strip().replaceAll("\\s+", "_")
                .toUpperCase(Locale.ROOT);
        blockCode = bracket < 0 ? "---" : bracketed(inner.substring(bracket));
        blockLine = number;
        verbs = new ArrayList<>();
        patterns = new ArrayList<>();
    }

    private void closeBlock() {
        if (blockName != null) {
            blocks.add(new VerbDictionary.Block(blockName, blockCode, List.copyOf(verbs), List.copyOf(patterns),
                    blockLine));
        }
        blockName = null;
    }

    private void pattern(int number, String text) {
        if (blockName == null) {
            problems.add("line " + number + ": pattern outside a verb block: " + text);
            return;
        }
        int bracket = text.indexOf('[');
        int close = bracket < 0 ? -1 : text.indexOf(']', bracket);
        if (close < 0) {
            problems.add("line " + number + ": pattern without a [code]: " + text);
            return;
        }
        String body = text.substring(1, bracket).strip().replace("_ ", " ");
        int star = body.indexOf('*');
        if (star < 0) {
            problems.add("line " + number + ": pattern without '*' for the verb: " + text);
            return;
        }
        String code = text.substring(bracket + 1, close).strip();
        patterns.add(new VerbDictionary.Pattern(normal(body.substring(0, star)), normal(body.substring(star + 1)),
                code.isEmpty() ? "---" : code, number));
    }

    private void verb(int number, String text) {
        if (blockName == null) {
            problems.add("line " + number + ": verb outside a verb block: " + text);
            return;
        }
        String code = blockCode;
        int bracket = text.indexOf('[');
        if (bracket >= 0) {
            code = bracketed(text.substring(bracket));
            text = text.substring(0, bracket).strip();
        }
        int brace = text.indexOf('{');
        String base = (brace < 0 ? text : text.substring(0, brace)).strip();
        Phrase phrase = phrase(base);
        if (phrase == null) {
            problems.add("line " + number + ": cannot read the verb '" + base + "'");
            return;
        }
        if (phrase.missingHead) {
            problems.add("line " + number + ": multi-word verb without '+' on its verb, taken as the first word: "
                    + base);
        }
        Set<List<String>> forms = new LinkedHashSet<>();
        forms.add(phrase.words);
        if (brace >= 0) {
            int end = text.indexOf('}', brace);
            String listed = text.substring(brace + 1, end < 0 ? text.length() : end).strip();
            for (String form : listed.isEmpty() ? new String[0] : listed.split("\\s+")) {
                Phrase p = phrase(form);
                if (p != null) {
                    forms.add(p.words);
                }
            }
        } else {
            for (String inflected : Inflection.verbForms(phrase.words.get(phrase.head))) {
                List<String> words = new ArrayList<>(phrase.words);
                words.set(phrase.head, inflected);
                forms.add(List.copyOf(words));
            }
        }
        verbs.add(new VerbDictionary.Verb(phrase.words, phrase.head, code, List.copyOf(forms), number));
    }

    private record Phrase(List<String> words, int head, boolean missingHead) {
    }

    /** "+CLEAR_UP" → [clear, up] head 0; "WIRE_+TAP" → [wire, tap] head 1; "LASH OUT" → head 0. */
    private static Phrase phrase(String text) {
        String[] parts = text.strip().split("[_\\s]+");
        List<String> words = new ArrayList<>();
        int head = -1;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("+")) {
                head = words.size();
                part = part.substring(1);
            }
            if (part.isEmpty()) {
                continue;
            }
            words.add(lower(part));
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean missing = head < 0 && words.size() > 1;
        return new Phrase(List.copyOf(words), Math.max(0, head), missing);
    }

    private VerbDictionary finish() {
        closeBlock();
        Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
        for (String name : rawSynsets.keySet()) {
            synsets.put(name, expand(name, new LinkedHashSet<>()));
        }
        List<VerbDictionary.Block> checked = new ArrayList<>();
        for (VerbDictionary.Block b : blocks) {
            List<VerbDictionary.Pattern> kept = new ArrayList<>();
            for (VerbDictionary.Pattern p : b.patterns()) {
                String missing = undefinedSynset(p.pre() + " " + p.post(), synsets);
                String syntax = syntaxError(b.name(), p);
                if (syntax != null) {
                    problems.add("line " + p.line() + ": " + syntax + "; skipped");
                } else if (missing == null) {
                    kept.add(p);
                } else {
                    problems.add("line " + p.line() + ": pattern uses the undefined synonym set " + missing
                            + "; skipped");
                }
            }
            checked.add(new VerbDictionary.Block(b.name(), b.code(), b.verbs(), List.copyOf(kept), b.line()));
        }
        return new VerbDictionary(synsets, List.copyOf(checked), List.copyOf(transformations), List.copyOf(problems));
    }

    /** The phrases of a synonym set with embedded sets resolved and plurals added where allowed. */
    private List<List<String>> expand(String name, Set<String> visiting) {
        Set<List<String>> out = new LinkedHashSet<>();
        if (!visiting.add(name)) {
            problems.add("synonym set " + name + " contains itself");
            return List.of();
        }
        boolean plurals = synsetPlurals.getOrDefault(name, true);
        for (String member : rawSynsets.get(name)) {
            String plain = member.strip();
            if (plain.startsWith("&")) {
                String inner = lower(strip(plain.split("\\s+")[0], "_"));
                if (rawSynsets.containsKey(inner)) {
                    out.addAll(expand(inner, visiting));
                } else {
                    problems.add("synonym set " + name + " names the undefined set " + inner);
                }
                continue;
            }
            boolean plural = plurals && !plain.endsWith("_");
            List<String> words = new ArrayList<>();
            for (String w : plain.split("[_\\s]+")) {
                if (!w.isEmpty()) {
                    words.add(lower(w));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            out.add(List.copyOf(words));
            if (plural) {
                List<String> p = new ArrayList<>(words);
                p.set(p.size() - 1, Inflection.plural(p.get(p.size() - 1)));
                out.add(List.copyOf(p));
            }
        }
        visiting.remove(name);
        return List.copyOf(out);
    }

    /** Why the pattern cannot be read by the coder, or null when it can. */
    private static String syntaxError(String block, VerbDictionary.Pattern p) {
        try {
            org.diplograph.lexicon.VerbPattern.of(block, p.pre(), p.post(), p.code(), "");
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String undefinedSynset(String pattern, Map<String, List<List<String>>> synsets) {
        for (String token : pattern.split("[\\s_{}()]+")) {
            if (token.startsWith("&") && !synsets.containsKey(token)) {
                return token;
            }
        }
        return null;
    }

    /** Lower case, the separators PETRARCH ignores removed, one space between elements. */
    private static String normal(String part) {
        String s = lower(part.strip()).replaceAll("\\s+", " ");
        while (s.endsWith("_")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String bracketed(String text) {
        int close = text.indexOf(']');
        String code = text.substring(1, close < 0 ? text.length() : close).strip();
        return code.isEmpty() ? "---" : code;
    }

    private static String strip(String s, String suffix) {
        return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
