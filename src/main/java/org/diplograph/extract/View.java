package org.diplograph.extract;

import org.diplograph.lexicon.Gazetteers;

import java.util.Locale;

import org.diplograph.model.NameMatch;
import org.diplograph.model.Sentence;
import org.diplograph.model.Token;

/** A sentence with per-token look-ups the rules need: lower-case forms, tags, and the gazetteer name at each token. */
final class View {

    final Sentence sentence;
    final String text;
    final String[] lower;
    final String[] tags;
    final NameMatch[] names;

    View(Sentence sentence, String text) {
        this.sentence = sentence;
        this.text = text;
        int n = sentence.size();
        lower = new String[n];
        tags = new String[n];
        names = new NameMatch[n];
        for (int i = 0; i < n; i++) {
            Token t = sentence.token(i);
            lower[i] = t.norm().toLowerCase(Locale.ROOT);
            tags[i] = t.tag();
        }
        for (NameMatch m : sentence.names()) {
            if (m.type().equals(Gazetteers.BLOCKED)) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                names[i] = m;
            }
        }
    }

    int size() {
        return lower.length;
    }

    Token token(int i) {
        return sentence.token(i);
    }

    String text(int i) {
        return sentence.token(i).text();
    }

    /** The article text covered by tokens {@code [from, to)}. */
    String span(int from, int to) {
        return text.substring(sentence.token(from).begin(), sentence.token(to - 1).end());
    }

    boolean is(int i, String word) {
        return i >= 0 && i < lower.length && lower[i].equals(word);
    }

    boolean tag(int i, String tag) {
        return i >= 0 && i < tags.length && tags[i].equals(tag);
    }

    /** The gazetteer name starting exactly at token i, of the given type. */
    NameMatch nameStarting(int i, String type) {
        NameMatch m = i >= 0 && i < names.length ? names[i] : null;
        return m != null && m.start() == i && m.type().equals(type) ? m : null;
    }

    boolean possessive(int i) {
        return is(i, "'s") || is(i, "'");
    }

    boolean punct(int i) {
        return i < 0 || i >= lower.length || tags[i].equals("PUNCT") || tags[i].equals("SYM");
    }

    /** Starts with an upper-case letter and contains a letter: "Omamo", "BLINKEN", "J.", "Al-Hassan". */
    boolean capitalised(int i) {
        if (i < 0 || i >= lower.length) {
            return false;
        }
        String w = text(i);
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && w.chars().anyMatch(Character::isLetter);
    }

    /** Words that modify a noun without changing who is meant: determiners, adjectives, numbers. */
    boolean modifier(int i) {
        boolean hyphenated = is(i, "-") || is(i - 1, "-") && i + 1 < lower.length && !tag(i, "PROPN");
        return hyphenated || tag(i, "DET") || tag(i, "ADJ") || tag(i, "NUM") || is(i, "his") || is(i, "her") || is(i, "its")
                || is(i, "their") || is(i, "our") || is(i, "visiting") || is(i, "top") || is(i, "senior");
    }

    /** A word that ends a clause for argument search: ';', ':', sentence punctuation, complementisers. */
    boolean clauseBreak(int i) {
        if (i < 0 || i >= lower.length) {
            return true;
        }
        String w = lower[i];
        return w.equals(";") || w.equals(":") || w.equals(".") || w.equals("?") || w.equals("!")
                || w.equals("—") || w.equals("–")
                || (tags[i].equals("SCONJ") && !w.equals("for") && !w.equals("to"))
                || w.equals("who") || w.equals("which") || w.equals("whom") || w.equals("whose")
                || w.equals("but") || w.equals("while") || w.equals("although") || w.equals("because")
                || w.equals("where") || w.equals("when") || w.equals("whereas");
    }
}
