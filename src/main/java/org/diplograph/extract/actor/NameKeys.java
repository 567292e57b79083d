package org.diplograph.extract.actor;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.WordList;

/**
 * The words that identify a personal name, and the key made of them: no initials, no honorifics ("Mr.", "His
 * Excellency") and no suffixes ("Jr."), lower case, without diacritics. Immutable.
 */
final class NameKeys {

    private final WordList honorifics;
    private final WordList suffixes;

    NameKeys(ActorCues cues) {
        honorifics = plain(cues.honorifics());
        suffixes = plain(cues.nameSuffixes());
    }

    /** The identifying words of a name, folded: "Mr. José Ramos-Horta Jr." → [jose, ramos-horta]. */
    List<String> core(List<String> name) {
        String[] plain = new String[name.size()];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = fold(name.get(i)).replace(".", "");
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < plain.length) {
            int skip = Math.max(honorifics.matchAt(plain, i), suffixes.matchAt(plain, i));
            if (skip > 0) {
                i += skip;
                continue;
            }
            if (plain[i].length() > 1) {
                out.add(plain[i]);
            }
            i++;
        }
        return out;
    }

    /** The key words of a name joined by '-': "person:" + slug names a person. */
    String slug(List<String> words) {
        List<String> core = core(words);
        String joined = String.join("-", core.isEmpty() ? List.of("unnamed") : core);
        return joined.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    private static WordList plain(WordList list) {
        return WordList.of(list.entries().stream().map(e -> e.replace(".", "")).toList());
    }

    private static String fold(String w) {
        String decomposed = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
