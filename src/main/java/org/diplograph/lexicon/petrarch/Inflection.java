package org.diplograph.lexicon.petrarch;

import java.util.List;

/**
 * The regular English forms the PETRARCH formats leave to the program: verb forms ("-s", "-ed", "-ing") for a
 * verb given without its irregular forms, and noun plurals for synonym sets and agents. Spelling rules: a
 * consonant before a final "y" gives "-ies"/"-ied", a sibilant ending takes "-es", a final silent "e" takes "-d"
 * and is dropped before "-ing".
 */
final class Inflection {

    private Inflection() {
    }

    static List<String> verbForms(String verb) {
        return List.of(third(verb), past(verb), gerund(verb));
    }

    static String plural(String noun) {
        if (consonantY(noun)) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return sibilant(noun) ? noun + "es" : noun + "s";
    }

    private static String third(String verb) {
        return plural(verb);
    }

    private static String past(String verb) {
        if (consonantY(verb)) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb.endsWith("e") ? verb + "d" : verb + "ed";
    }

    private static String gerund(String verb) {
        int n = verb.length();
        boolean silentE = n > 2 && verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye")
                && !verb.endsWith("oe") && !vowel(verb.charAt(n - 2));
        return silentE ? verb.substring(0, n - 1) + "ing" : verb + "ing";
    }

    private static boolean consonantY(String w) {
        return w.length() > 1 && w.endsWith("y") && !vowel(w.charAt(w.length() - 2));
    }

    private static boolean sibilant(String w) {
        return w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("sh") || w.endsWith("ch");
    }

    private static boolean vowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
