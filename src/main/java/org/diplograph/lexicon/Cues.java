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
        actors = ActorCues.read(file, stateAgents(source, file.words("state-agent-sectors")));
        events = EventCues.read(file);
        time = TimeCues.read(file);
        blockedPhrases = file.phrases("blocked-phrases");
        file.checkAllRead();
    }

    /** The agents of {@code petrarch/agents.tsv} whose first code is one of the state's sectors. */
    private static WordList stateAgents(LexiconSource source, WordList sectors) {
        List<String> out = new java.util.ArrayList<>();
        for (Tsv.Row r : Tsv.rows(source, "petrarch/agents.tsv", 3, 3, "phrase")) {
            String code = r.cell(1).replace("~", "").toLowerCase(java.util.Locale.ROOT);
            if (code.length() >= 3 && sectors.has(code.substring(0, 3))) {
                out.add(r.cell(0));
            }
        }
        return WordList.of(out);
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
