package org.diplograph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.Gazetteer;

/**
 * Every word list the extractor uses: the name data ({@link Gazetteers}), the cue lists ({@link Cues}) and the
 * trigger rules with the inflections of their heads. Built from a {@link LexiconSource} — the class-path folder
 * {@code /lexicon/} by default — and checked while it is built: a row that cannot be read throws a
 * {@link LexiconException} naming file and line. Each file names its sources and licence in its header;
 * {@code lexicon/SOURCES.md} summarises them. Immutable and shareable.
 */
public final class Lexicon {

    private static volatile Lexicon shared;

    private final Gazetteers names;
    private final Cues cues;
    private final List<TriggerRule> triggers = new ArrayList<>();
    private final Inflections inflections;
    private final CodingLexicon coding;
    private final ActorDirectory directory;

    private Lexicon(LexiconSource source) {
        cues = new Cues(source);
        names = new Gazetteers(source, cues.blockedPhrases());
        Set<String> verbs = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        for (Tsv.Row row : Tsv.rows(source, TriggerRule.FILE, 9, 9, "type")) {
            TriggerRule rule = TriggerRule.parse(row);
            triggers.add(rule);
            (rule.verb() ? verbs : nouns).add(rule.head());
        }
        inflections = new Inflections(source, verbs, nouns);
        coding = new CodingLexicon(source);
        directory = new ActorDirectory(source, coding.actorFiles(), coding.allOrganizations(), names);
    }

    /** A lexicon read from {@code source}; throws {@link LexiconException} for the first row it cannot use. */
    public static Lexicon of(LexiconSource source) {
        return new Lexicon(source);
    }

    /** The lexicon from the class path, loaded on first use and shared. */
    public static Lexicon get() {
        Lexicon lexicon = shared;
        if (lexicon == null) {
            synchronized (Lexicon.class) {
                lexicon = shared;
                if (lexicon == null) {
                    lexicon = new Lexicon(LexiconSource.classpath());
                    shared = lexicon;
                }
            }
        }
        return lexicon;
    }

    /** States, organisations, outlets, titles and publishers. */
    public Gazetteers names() {
        return names;
    }

    public Cues cues() {
        return cues;
    }

    /** The rows of {@code triggers.tsv} in file order: for one head word, the first matching row wins. */
    public List<TriggerRule> triggers() {
        return List.copyOf(triggers);
    }

    public Inflections inflections() {
        return inflections;
    }

    /** The CAMEO verb dictionary, its combinations and classes, for the coder. */
    public CodingLexicon coding() {
        return coding;
    }

    /** Who is who on a given day: states, institutions, organisations and office holders with their tenures. */
    public ActorDirectory directory() {
        return directory;
    }

    /** The name lists for the dictionary name finder: the hand-curated ones first, then the actor dictionaries. */
    public List<Gazetteer> gazetteers() {
        List<Gazetteer> all = new ArrayList<>(names.gazetteers());
        Map<String, String> actors = new HashMap<>();
        directory.names().forEach(n -> actors.put(n, n));
        Map<String, String> surnames = new HashMap<>();
        directory.surnames().forEach(n -> surnames.put(n, n));
        all.add(new Gazetteer(ACTOR, false, 1, actors, true));
        all.add(new Gazetteer(SURNAME, false, 0, surnames, true));
        return all;
    }

    /** Gazetteer type of the names of the actor dictionaries; the key is the name, for {@link ActorDirectory}. */
    public static final String ACTOR = "actor";
    /** Gazetteer type of office holders' surnames. */
    public static final String SURNAME = "surname";

    /** Every state and organisation of the lexicon, as actors for the reference graph. */
    public List<Actor> referenceActors() {
        return names.referenceActors();
    }
}
