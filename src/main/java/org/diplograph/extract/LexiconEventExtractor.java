package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.actor.ActorRecognizer;
import org.diplograph.extract.actor.ActorTable;
import org.diplograph.extract.actor.ArticleActors;
import org.diplograph.extract.actor.Attribution;
import org.diplograph.extract.event.ArticleEvents;
import org.diplograph.extract.event.EventFinder;
import org.diplograph.extract.sentence.View;
import org.diplograph.extract.time.TimeFinder;
import org.diplograph.lexicon.GrammarCues;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.Actor;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Article;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.Extraction;
import org.diplograph.model.Sentence;

/**
 * The rule-based extractor, step by step along the data flow: the sentences as views ({@code extract.sentence}),
 * the actors of the article ({@code extract.actor}), then per sentence its time expressions
 * ({@code extract.time}), its source and its events ({@code extract.event}), and finally the merged, dated and
 * checked events. Every word it uses comes from the {@link Lexicon}. Thread-safe: all state lives in the call.
 */
public final class LexiconEventExtractor implements EventExtractor {

    private final GrammarCues grammar;
    private final ActorRecognizer recognizer;
    private final ActorTable actors;
    private final Attribution attribution;
    private final TimeFinder times;
    private final EventFinder events;

    public LexiconEventExtractor(Lexicon lexicon) {
        this.grammar = lexicon.cues().grammar();
        this.recognizer = new ActorRecognizer(lexicon);
        this.actors = new ActorTable(lexicon);
        this.attribution = new Attribution(lexicon.cues());
        this.times = new TimeFinder(lexicon.cues());
        this.events = new EventFinder(lexicon);
    }

    @Override
    public Extraction extract(AnalysedArticle analysed) {
        Article article = analysed.article();
        String articleKey = ArticleKeys.of(article);
        List<View> views = new ArrayList<>();
        for (Sentence s : analysed.sentences()) {
            views.add(new View(s, article.text(), grammar));
        }
        ArticleActors found = recognizer.recognise(article, views, articleKey);
        ArticleEvents stated = events.article(article.published());
        Map<String, Actor> early = actors.table(found);
        List<String> cited = new ArrayList<>();
        if (views.stream().anyMatch(events::discardsStory)) {
            stated.discardStory();
        }
        for (View v : views) {
            Attribution.Attributed source = attribution.source(v, found);
            if (source.cites() && !cited.contains(source.source())) {
                cited.add(source.source());
            }
            stated.read(v, found.mentionsIn(v.sentence().index()), times.find(v), source.source(), early);
        }
        Map<String, Actor> table = actors.table(found);
        List<DiplomaticEvent> result = stated.events(table, articleKey);
        List<String> notes = new ArrayList<>(article.notes());
        long unresolved = result.stream().filter(e -> e.time() != null && !e.time().resolved()).count();
        if (unresolved > 0) {
            notes.add(unresolved + " event time(s) left unresolved: the article has no publication date");
        }
        return new Extraction(analysed, actors.used(table, result, stated.organizers(), cited, article),
                stated.gatherings(), result, cited, notes);
    }
}
