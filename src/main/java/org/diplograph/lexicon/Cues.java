package org.diplograph.lexicon;

import java.util.List;

/**
 * The word lists of {@code cues.tsv}, grouped by the step of the extractor that reads them. All lists are read and
 * checked when the lexicon is built.
 */
public final class Cues {

    private final GrammarCues grammar;
    private final ActorCues actors;
    private final EventCues events;
    private final TimeCues time;
    private final List<String> blockedPhrases;

    Cues(LexiconSource source) {
        CueFile file = new CueFile(source);
        grammar = GrammarCues.read(file);
        actors = ActorCues.read(file);
        events = EventCues.read(file);
        time = TimeCues.read(file);
        blockedPhrases = file.phrases("blocked-phrases");
        file.checkAllRead();
    }

    public GrammarCues grammar() {
        return grammar;
    }

    public ActorCues actors() {
        return actors;
    }

    public EventCues events() {
        return events;
    }

    public TimeCues time() {
        return time;
    }

    /** Phrases that contain a gazetteer name but do not denote it ("South China Sea"), case as written. */
    List<String> blockedPhrases() {
        return blockedPhrases;
    }
}
