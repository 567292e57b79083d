package org.diplograph.lexicon.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PETRARCH agent dictionary (PETRARCH-2 {@code dictionaries.rst}, "Agent Dictionary"): {@code phrase
 * {plural} [code]} records, regular plurals generated unless {@code {}} or an explicit plural is given, and
 * substitution markers ({@code !PERSON! = MAN, MEN, …}) expanded.
 */
public final class AgentDictionaryReader {

    private AgentDictionaryReader() {
    }

    public static AgentDictionary read(List<SourceLines.Line> lines) {
        List<AgentDictionary.Agent> agents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> markers = new LinkedHashMap<>();
        for (SourceLines.Line line : lines) {
            String text = line.text().strip();
            if (text.contains("!") && text.contains("=") && !text.contains("[")) {
                int a = text.indexOf('!');
                int b = text.indexOf('!', a + 1);
                if (b < 0) {
                    problems.add("line " + line.number() + ": substitution marker without closing '!'");
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (String v : text.substring(text.indexOf('=', b) + 1).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                markers.put(text.substring(a + 1, b), values);
                continue;
            }
            int open = text.indexOf('[');
            int close = open < 0 ? -1 : text.indexOf(']', open);
            if (close < 0) {
                problems.add("line " + line.number() + ": agent without a [code]: " + text);
                continue;
            }
            String code = text.substring(open + 1, close).strip().replace(" ", "");
            String phrase = text.substring(0, open).strip();
            int brace = phrase.indexOf('{');
            String plural = null;
            if (brace >= 0) {
                int end = phrase.indexOf('}', brace);
                if (end < 0) {
                    problems.add("line " + line.number() + ": '{' without '}'");
                    continue;
                }
                plural = phrase.substring(brace + 1, end).strip();
                phrase = phrase.substring(0, brace).strip();
            }
            if (phrase.contains("!")) {
                int a = phrase.indexOf('!');
                int b = phrase.indexOf('!', a + 1);
                List<String> values = b < 0 ? null : markers.get(phrase.substring(a + 1, b));
                if (values == null) {
                    problems.add("line " + line.number() + ": unknown substitution marker in " + phrase);
                    continue;
                }
                for (String v : values) {
                    add(agents, phrase.substring(0, a) + v + phrase.substring(b + 1), code, line.number());
                }
                continue;
            }
            add(agents, phrase, code, line.number());
            if (plural == null) {
                List<String> words = new ArrayList<>(ActorDictionaryReader.words(phrase));
                if (!words.isEmpty()) {
                    words.set(words.size() - 1, Inflection.plural(words.get(words.size() - 1)));
                    agents.add(new AgentDictionary.Agent(List.copyOf(words), code, line.number()));
                }
            } else if (!plural.isEmpty()) {
                add(agents, plural, code, line.number());
            }
        }
        return new AgentDictionary(List.copyOf(agents), List.copyOf(problems));
    }

    private static void add(List<AgentDictionary.Agent> agents, String phrase, String code, int line) {
        List<String> words = ActorDictionaryReader.words(phrase);
        if (!words.isEmpty()) {
            agents.add(new AgentDictionary.Agent(words, code, line));
        }
    }
}
