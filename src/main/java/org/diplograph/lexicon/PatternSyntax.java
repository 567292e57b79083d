package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one part (before or after the verb) of a PETRARCH verb pattern, as the converted tables store it: lower
 * case, elements separated by spaces, {@code _} joining elements that must be adjacent, {@code {…}} noun phrases,
 * {@code (…)} prepositional phrases, {@code $ + ^ %} actors and {@code &name} synonym sets.
 */
final class PatternSyntax {

    private final String s;
    private int i;

    private PatternSyntax(String s) {
        this.s = s;
    }

    /** The elements of a part; an unbalanced bracket is an {@link IllegalArgumentException}. */
    static List<Element> parse(String part) {
        PatternSyntax p = new PatternSyntax(part.strip());
        List<Element> out = p.elements(s -> false);
        if (p.i < p.s.length()) {
            throw new IllegalArgumentException("unexpected '" + p.s.charAt(p.i) + "' in pattern part '" + part + "'");
        }
        return out;
    }

    private interface Stop {
        boolean at(char c);
    }

    private List<Element> elements(Stop stop) {
        List<Element> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length() || stop.at(s.charAt(i))) {
                return out;
            }
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                List<Element.Item> items = items('}');
                expect('}');
                if (items.isEmpty()) {
                    throw new IllegalArgumentException("empty {} in '" + s + "'");
                }
                out.add(new Element.NounPhrase(items.subList(0, items.size() - 1), items.get(items.size() - 1), join()));
            } else if (c == '(') {
                i++;
                int start = i;
                while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != ')' && s.charAt(i) != '_') {
                    i++;
                }
                List<Element.Item> preps = new ArrayList<>();
                for (String p : s.substring(start, i).split("/")) {
                    if (!p.isEmpty()) {
                        preps.add(Element.Item.of(p));
                    }
                }
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
                List<Element> objects = elements(ch -> ch == ')');
                expect(')');
                if (preps.isEmpty()) {
                    throw new IllegalArgumentException("() without a preposition in '" + s + "'");
                }
                out.add(new Element.Prep(preps, objects, join()));
            } else if (c == '$' || c == '+' || c == '^' || c == '%') {
                i++;
                out.add(new Element.Actor(c, join()));
            } else {
                int start = i;
                while (i < s.length() && " {}()".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                if (i == start) {
                    throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' in '" + s + "'");
                }
                String token = s.substring(start, i);
                boolean join = token.endsWith("_");
                List<Element.Item> items = new ArrayList<>();
                for (String w : token.split("_")) {
                    if (!w.isEmpty()) {
                        items.add(Element.Item.of(w));
                    }
                }
                if (!items.isEmpty()) {
                    out.add(new Element.Words(items, join));
                }
            }
        }
    }

    /** Words and synonym sets up to {@code close}, separated by spaces or "_". */
    private List<Element.Item> items(char close) {
        List<Element.Item> out = new ArrayList<>();
        int start = i;
        while (i < s.length() && s.charAt(i) != close) {
            i++;
        }
        for (String w : s.substring(start, i).split("[ _]+")) {
            if (!w.isEmpty()) {
                out.add(Element.Item.of(w));
            }
        }
        return out;
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw new IllegalArgumentException("missing '" + c + "' in '" + s + "'");
        }
        i++;
    }

    private boolean join() {
        if (i < s.length() && s.charAt(i) == '_') {
            i++;
            return true;
        }
        return false;
    }
}
