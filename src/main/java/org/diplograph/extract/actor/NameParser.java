package org.diplograph.extract.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorCues;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.NameMatch;

/** Reads person names and titles of office at a position of a sentence. */
final class NameParser {

    /**
     * "[State ('s)] Title [of State] [Name]": tokens {@code [start, end)}; the name is empty for a title alone.
     *
     * @param country the state or organisation code the text gives for the role, or null
     */
    record RolePhrase(int start, int end, int titleStart, String title, String country, List<String> name) {
    }

    /** "Name, [the] [State's] title [of State]" — a name followed by its role in apposition. */
    record Apposition(int nameStart, int nameEnd, List<String> name, String title, String country) {
    }

    private static final Set<String> PREFIX_TYPES =
            Set.of(Gazetteers.COUNTRY, Gazetteers.DEMONYM, Gazetteers.ORGANIZATION);
    private static final Set<String> SUFFIX_TYPES = Set.of(Gazetteers.COUNTRY, Gazetteers.ORGANIZATION);

    private final ActorCues cues;
    private final Gazetteers gazetteers;

    NameParser(Lexicon lexicon) {
        this.cues = lexicon.cues().actors();
        this.gazetteers = lexicon.names();
    }

    RolePhrase rolePhrase(View v, int i) {
        if (i >= v.size()) {
            return null;
        }
        int j = i;
        String country = null;
        NameMatch pre = v.name(i);
        if (pre != null && pre.start() == i && PREFIX_TYPES.contains(pre.type())) {
            int k = pre.end();
            if (v.possessive(k)) {
                k++;
            }
            k = afterInstitution(v, k);
            if (k < 0) {
                return null;
            }
            country = pre.key();
            j = k;
        }
        NameMatch title = title(v, j, country != null);
        if (title == null) {
            return null;
        }
        int k = title.end();
        if (country == null && v.is(k, "of")) {
            int m = v.is(k + 1, "the") ? k + 2 : k + 1;
            NameMatch of = v.name(Math.min(m, v.size() - 1));
            if (m < v.size() && of != null && of.start() == m && SUFFIX_TYPES.contains(of.type())) {
                country = of.key();
                k = of.end();
            }
        }
        int nameStart = k;
        int portfolioEnd = portfolio(v, k);
        if (portfolioEnd == k) {
            portfolioEnd = institution(v, k);
        }
        if (portfolioEnd > k) {
            int tail = nameTail(v, k + 1, portfolioEnd);
            if (tail < portfolioEnd) {
                nameStart = tail;
            }
        }
        while (nameStart < v.size() && v.match(cues.honorifics(), nameStart) > 0) {
            nameStart += v.match(cues.honorifics(), nameStart);
        }
        int nameEnd = nameEnd(v, nameStart, true);
        List<String> name = nameEnd > nameStart ? words(v, nameStart, nameEnd) : List.of();
        int end = name.isEmpty() ? k : nameEnd;
        if (country == null && !name.isEmpty() && v.is(nameEnd, "of")) {
            int m = v.is(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1;
            NameMatch of = m < v.size() ? v.name(m) : null;
            if (of != null && of.start() == m && SUFFIX_TYPES.contains(of.type())) {
                country = of.key();
                end = of.end();
            }
        }
        return new RolePhrase(i, end, j, title.key(), country, name);
    }

    /**
     * After a state, the title may follow the name of an institution: "Japanese Ministry of Foreign Affairs
     * Director General …", "French MFA Secretary General …". Returns where the title starts, or -1.
     */
    private int afterInstitution(View v, int k) {
        for (int t = k; t < Math.min(v.size(), k + 7); t++) {
            if (title(v, t, true) != null) {
                return t;
            }
            boolean institutionWord = v.capitalised(t) && v.name(t) == null
                    || t > k && (v.is(t, "of") || v.is(t, "for") || v.is(t, "and") || v.is(t, "&"));
            if (!institutionWord) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A portfolio after a title: "Special Envoy for Yemen Tim Lenderking", "Ambassador to the UN Linda …",
     * "Assistant Secretary for African Affairs Molly Phee". Returns the end of the capitalised stretch after
     * "for"/"to", or {@code k} when there is none.
     */
    private int portfolio(View v, int k) {
        boolean ofPortfolio = v.is(k, "of") && k + 1 < v.size() && v.name(k + 1) == null && v.capitalised(k + 1);
        if (!(v.is(k, "for") || v.is(k, "to") || ofPortfolio) || v.tag(k + 1, "VERB")) {
            return k;
        }
        int t = k + 1;
        while (t < v.size() && t < k + 14 && !(v.name(t) != null && v.name(t).type().equals(Gazetteers.TITLE))
                && (v.capitalised(t) || v.name(t) != null || v.is(t, "the")
                || v.is(t, "and") || v.is(t, "of") || v.is(t, "&")
                || v.is(t, ",") && (v.capitalised(t + 1) || v.is(t + 1, "and") && v.capitalised(t + 2))
                || v.is(t, "-"))) {
            t++;
        }
        while (t > k + 1 && (v.is(t - 1, ",") || v.is(t - 1, "and"))) {
            t--;
        }
        return t > k + 1 ? t : k;
    }

    /**
     * "Chargé d'Affaires of the U.S. Embassy to Yemen Cathy Westley": an institution after the title, then the
     * name. Returns the end of the capitalised stretch when it holds an institution word, else {@code k}.
     */
    private int institution(View v, int k) {
        if (!v.capitalised(k) || v.name(k) != null || !cues.notPerson().has(v.lower(k))) {
            return k;
        }
        int t = k;
        while (t < v.size() && t < k + 10 && (v.capitalised(t) || v.name(t) != null || v.is(t, "to")
                || v.is(t, "in") || v.is(t, "of") || v.is(t, "for") || v.is(t, "the"))
                && !(v.name(t) != null && v.name(t).type().equals(Gazetteers.TITLE))) {
            t++;
        }
        return t > k + 1 ? t : k;
    }

    /** Where the personal name at the end of a portfolio starts: its last run of capitalised non-institution words. */
    private int nameTail(View v, int from, int to) {
        int start = to;
        while (start > from && v.capitalised(start - 1) && v.name(start - 1) == null
                && !cues.notPerson().has(v.lower(start - 1))) {
            start--;
        }
        return start < to && start > from ? start : to;
    }

    Apposition apposition(View v, int i) {
        int end = properNounRun(v, i);
        if (end <= i || !v.is(end, ",")) {
            return null;
        }
        int k = end + 1;
        if (v.is(k, "the") || v.is(k, "a")) {
            k++;
        }
        RolePhrase role = rolePhrase(v, k);
        if (role == null || !role.name().isEmpty()) {
            return null;
        }
        boolean closed = role.end() >= v.size() || v.punct(role.end()) || v.tag(role.end(), "VERB")
                || v.tag(role.end(), "AUX");
        return closed ? new Apposition(i, end, words(v, i, end), role.title(), role.country()) : null;
    }

    /**
     * A title of office at token i. Single lower-case words that are ordinary English ("general", "king") count
     * only after a state ("Kuwait's emir").
     */
    NameMatch title(View v, int i, boolean afterState) {
        NameMatch t = v.nameStarting(i, Gazetteers.TITLE);
        if (t == null) {
            return null;
        }
        if (!afterState && t.length() == 1 && !v.capitalised(i) && cues.titleLowercaseStop().has(v.lower(i))) {
            return null;
        }
        return t;
    }

    /**
     * The end of a personal name starting at {@code k}: capitalised words, initials and particles ("bin", "von
     * der"); right after a title, a first name written in lower case and followed by a capitalised word ("US
     * President joe Biden"): a word the tagger takes for a proper noun, or a known given name.
     */
    int nameEnd(View v, int k, boolean afterTitle) {
        int j = k;
        int taken = 0;
        while (j < v.size() && taken < 5) {
            String lw = v.lower(j);
            boolean hyphen = v.is(j, "-") && taken > 0 && v.capitalised(j + 1)
                    && v.token(j).begin() == v.token(j - 1).end() && v.token(j + 1).begin() == v.token(j).end();
            if (hyphen) {
                j += 2;
                continue;
            }
            boolean gluedSyllable = taken > 0 && v.text(j - 1).endsWith("-") && j < v.size()
                    && v.token(j).begin() == v.token(j - 1).end() && Character.isLowerCase(v.text(j).charAt(0));
            if (gluedSyllable) {
                j++;
                continue;
            }
            boolean initial = taken > 0 && v.text(j).length() == 1 && Character.isUpperCase(v.text(j).charAt(0))
                    && v.is(j + 1, ".") && v.capitalised(j + 2);
            if (initial) {
                j += 2;
                taken++;
                continue;
            }
            boolean titleAsName = v.name(j) != null && v.name(j).type().equals(Gazetteers.TITLE)
                    && v.name(j).length() == 1 && taken > 0 && v.capitalised(j);
            if (v.name(j) != null && !titleAsName || v.possessive(j) || v.punct(j) || cues.notPerson().has(lw)) {
                break;
            }
            boolean nextCap = v.capitalised(j + 1) && (j + 1 >= v.size() || v.name(j + 1) == null);
            if (v.capitalised(j)) {
                taken++;
            } else if (taken > 0 && cues.nameParticles().has(lw) && nextCap) {
                taken++;
            } else if (afterTitle && taken == 0 && nextCap && lw.chars().allMatch(Character::isLetter)
                    && (v.tag(j, "PROPN") || gazetteers.givenName(lw) && !v.tag(j, "AUX"))) {
                taken++;
            } else {
                break;
            }
            j++;
        }
        while (j > k && cues.nameParticles().has(v.lower(j - 1))) {
            j--;
        }
        boolean hasWord = false;
        for (int t = k; t < j; t++) {
            hasWord |= v.text(t).replace(".", "").length() > 1;
        }
        boolean oneCommonWord = j == k + 1 && !v.tag(k, "PROPN") && !v.text(k).equals(v.text(k).toUpperCase(java.util.Locale.ROOT));
        return hasWord && !oneCommonWord ? j : k;
    }

    /**
     * A run of two to four capitalised words, at least one a proper noun, that no gazetteer knows and that holds
     * no word of institutions or places ("Ministry", "Summit", "Airport"): likely a person's name. Returns the
     * end of the run, or {@code i} when there is none.
     */
    int properNounRun(View v, int i) {
        if (!v.capitalised(i) || v.name(i) != null || (i > 0 && v.capitalised(i - 1) && v.name(i - 1) == null)) {
            return i;
        }
        int end = nameEnd(v, i, false);
        int words = end - i;
        if (words < 2 || words > 4) {
            return i;
        }
        boolean proper = false;
        for (int t = i; t < end; t++) {
            proper |= v.tag(t, "PROPN");
            if (v.text(t).equals(v.text(t).toUpperCase(java.util.Locale.ROOT)) && v.text(t).length() > 3) {
                return i;
            }
        }
        if (!proper || (end < v.size() && v.capitalised(end) && !v.possessive(end))) {
            return i;
        }
        return end;
    }

    /** The words of a name as written, split at white space only ("Hossein Amir-Abdollahian"). */
    List<String> words(View v, int from, int to) {
        return new ArrayList<>(List.of(v.span(from, to).strip().split("\\s+")));
    }
}
