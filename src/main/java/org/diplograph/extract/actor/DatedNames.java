package org.diplograph.extract.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.ActorDirectory;
import org.diplograph.lexicon.Gazetteers;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.NameMatch;

/**
 * The actor dictionaries as one article sees them: names resolved on the article's publication day, so that
 * "Narendra Modi" is India's prime minister in 2021 and "Imran Khan" Pakistan's only while he held office.
 */
final class DatedNames {

    private final ActorDirectory directory;
    private final LocalDate day;
    private final Predicate<String> calendar;

    DatedNames(Lexicon lexicon, LocalDate day) {
        this.directory = lexicon.directory();
        this.day = day;
        this.calendar = lexicon.cues().time()::calendarWord;
    }

    /** What a name the name finder marked stands for on the day. */
    Optional<ActorDirectory.Resolved> named(NameMatch m) {
        return directory.resolve(m.key(), day);
    }

    /** The office holder a person's written name stands for on the day ("Prime Minister Narendra Modi"). */
    Optional<ActorDirectory.Resolved> person(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(b.length() > 0 ? " " : "").append(w);
        }
        Optional<ActorDirectory.Resolved> r = directory.resolve(ActorDirectory.normal(b.toString()), day);
        return r.filter(x -> x.kind() == ActorDirectory.Kind.PERSON);
    }

    /**
     * The office holder a surname alone stands for ("Modi said …"): a proper noun that is no month or weekday, not
     * followed by a number, and borne by exactly one holder in office on the day.
     */
    Optional<ActorDirectory.Resolved> surname(View v, NameMatch m) {
        boolean proper = v.tag(m.start(), "PROPN") && v.capitalised(m.start()) && !v.tag(m.end(), "NUM")
                && !calendar.test(v.lower(m.start()));
        if (!proper) {
            return Optional.empty();
        }
        NameMatch title = m.start() > 0 ? v.name(m.start() - 1) : null;
        String written = title != null && title.type().equals(Gazetteers.TITLE) ? title.key() : null;
        return directory.holderBySurname(m.key(), day).filter(r -> written == null || compatible(written, r.office()));
    }

    /** "Vice President Harris" is no prime minister Harris: a title before a surname must be the holder's office. */
    private static boolean compatible(String title, String office) {
        if (office == null) {
            return false;
        }
        List<String> a = List.of(title.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        List<String> b = List.of(office.toLowerCase(Locale.ROOT).split("[\\s-]+"));
        return a.containsAll(b) || b.containsAll(a);
    }
}
