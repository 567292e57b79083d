package org.diplograph.extract.sentence;

import java.util.Locale;
import java.util.Set;

import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.lexicon.GrammarCues;
import org.diplograph.lexicon.NumberList;
import org.diplograph.lexicon.WordList;
import org.diplograph.model.NameMatch;
import org.diplograph.model.Sentence;
import org.diplograph.model.Token;

/**
 * A sentence with per-token look-ups the rules need: lower-case forms, tags, the gazetteer name at each token, and
 * the cue lists matched at a token. Immutable.
 */
public final class View {

    /** Punctuation that ends a clause for argument search. */
    private static final Set<String> CLAUSE_MARKS = Set.of(";", ":", ".", "?", "!", "—", "–");

    private final Sentence sentence;
    private final String text;
    private final String[] lower;
    private final String[] tags;
    private final NameMatch[] names;
    private final NameMatch[] directory;
    private final GrammarCues grammar;

    public View(Sentence sentence, String text, GrammarCues grammar) {
        this.sentence = sentence;
        this.text = text;
        this.grammar = grammar;
        int n = sentence.size();
        lower = new String[n];
        tags = new String[n];
        names = new NameMatch[n];
        directory = new NameMatch[n];
        for (int i = 0; i < n; i++) {
            Token t = sentence.token(i);
            lower[i] = t.norm().toLowerCase(Locale.ROOT);
            tags[i] = t.tag();
        }
        for (NameMatch m : sentence.names()) {
            if (m.type().equals(Gazetteers.BLOCKED)) {
                continue;
            }
            boolean dated = m.type().equals(Lexicon.ACTOR) || m.type().equals(Lexicon.SURNAME);
            for (int i = m.start(); i < m.end(); i++) {
                (dated ? directory : names)[i] = m;
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The text of the whole article the sentence belongs to. */
    public String articleText() {
        return text;
    }

    public int size() {
        return lower.length;
    }

    public Token token(int i) {
        return sentence.token(i);
    }

    public String text(int i) {
        return sentence.token(i).text();
    }

    /** The lower-case form of token i. */
    public String lower(int i) {
        return lower[i];
    }

    /** The part-of-speech tag of token i. */
    public String tagAt(int i) {
        return tags[i];
    }

    /** The name of the curated gazetteers (states, organisations, outlets, titles) covering token i, or null. */
    public NameMatch name(int i) {
        return names[i];
    }

    /**
     * The name of the actor dictionaries (their names and office holders' surnames) covering token i, or null.
     * Kept apart from {@link #name}, so that a surname inside a person's name never cuts the name short.
     */
    public NameMatch directoryName(int i) {
        return i >= 0 && i < directory.length ? directory[i] : null;
    }

    /** The article text covered by tokens {@code [from, to)}. */
    public String span(int from, int to) {
        return text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
    }

    public boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    public boolean tag(int i, String tag) {
        return i >= 0 && i < tags.length && tags[i].equals(tag);
    }

    /** Whether token i is a one-word entry of a cue list. */
    public boolean in(WordList list, int i) {
        return i >= 0 && i < lower.length && list.has(lower[i]);
    }

    /** The number of tokens of the longest entry of a cue list that starts at token i, or 0. */
    public int match(WordList list, int i) {
        return list.matchAt(lower, i);
    }

    /** Whether an entry of a cue list ends at token {@code last} ("in accordance with" ending at "with"). */
    public boolean endsWith(WordList list, int last) {
        for (int t = 0; t <= last; t++) {
            if (match(list, t) == last - t + 1) {
                return true;
            }
        }
        return false;
    }

    /** The longest entry of a words=number cue list that starts at token i, or null. */
    public NumberList.Found numberAt(NumberList list, int i) {
        return list.at(lower, i);
    }

    /** Whether some entry of a cue list lies wholly within tokens {@code [from, to)}. */
    public boolean anyIn(WordList list, int from, int to) {
        int end = Math.min(to, lower.length);
        for (int t = Math.max(0, from); t < end; t++) {
            int n = match(list, t);
            if (list.has(lower[t]) || n > 0 && t + n <= end) {
                return true;
            }
        }
        return false;
    }

    /** The gazetteer name starting exactly at token i, of the given type. */
    public NameMatch nameStarting(int i, String type) {
        NameMatch m = i >= 0 && i < names.length ? names[i] : null;
        return m != null && m.start() == i && m.type().equals(type) ? m : null;
    }

    public boolean possessive(int i) {
        return is(i, "'s") || is(i, "'");
    }

    public boolean punct(int i) {
        return i < 0 || i >= lower.length || tags[i].equals("PUNCT") || tags[i].equals("SYM");
    }

    /** Starts with an upper-case letter and contains a letter: "Omamo", "BLINKEN", "J.", "Al-Hassan". */
    public boolean capitalised(int i) {
        if (i < 0 || i >= lower.length) {
            return false;
        }
        String w = text(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    /** Words that modify a noun without changing who is meant: determiners, adjectives, numbers, possessives. */
    public boolean modifier(int i) {
        boolean hyphenated = is(i, "-") || is(i - 1, "-") && i + 1 < lower.length && !tag(i, "PROPN");
        return hyphenated || tag(i, "DET") || tag(i, "ADJ") || tag(i, "NUM") || in(grammar.nounModifiers(), i);
    }

    /** A token that ends a clause for argument search: ';', ':', sentence punctuation, complementisers. */
    public boolean clauseBreak(int i) {
        if (i < 0 || i >= lower.length) {
            return true;
        }
        return CLAUSE_MARKS.contains(lower[i])
                || tags[i].equals("SCONJ") && !grammar.notClauseOpeners().has(lower[i])
                || grammar.clauseOpeners().has(lower[i]);
    }

    /** The grammar's word lists, for the argument finder. */
    public GrammarCues grammar() {
        return grammar;
    }
}
