package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.diplograph.article.ArticleParser;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.Sentence;
import org.diplograph.model.TimeSpan;
import org.diplograph.pipeline.Diplograph;

/**
 * The time resolver on generated sentences and publication dates: in the past tense no resolved day falls after
 * publication, a span never ends before it starts, and no input (however mangled) makes it throw.
 */
class TimeResolverProperties {

    private static final Diplograph PIPELINE = Diplograph.create();
    private static final TimeFinder TIMES = new TimeFinder(Lexicon.get().cues());

    private static List<TimeSpan> resolve(String sentence, LocalDate published, boolean future) {
        AnalysedArticle a = PIPELINE.analyse(ArticleParser.parse("t.txt", "date " + published + "\n" + sentence + "\n",
                published.plusYears(1)));
        return a.sentences().stream().flatMap((Sentence s) -> TIMES.find(new View(s, a.article().text(), Lexicon.get().cues().grammar())).stream())
                .map(x -> x.resolve(published, future)).toList();
    }

    @Property(tries = 200)
    void pastTenseNeverResolvesAfterPublication(@ForAll("pastSentences") String sentence, @ForAll("published") LocalDate published) {
        List<TimeSpan> spans = resolve(sentence, published, false);
        assertFalse(spans.isEmpty(), "a time expression in: " + sentence);
        for (TimeSpan t : spans) {
            assertTrue(t.earliest() == null || !t.earliest().isAfter(published), sentence + " → " + t);
            assertTrue(t.latest() == null || !t.latest().isAfter(published), sentence + " → " + t);
        }
    }

    @Property(tries = 200)
    void mangledSentencesNeverThrow(@ForAll("mangled") String sentence, @ForAll("published") LocalDate published,
                                    @ForAll boolean future) {
        for (TimeSpan t : resolve(sentence, published, future)) {
            assertTrue(t.earliest() == null || t.latest() == null || !t.latest().isBefore(t.earliest()), t.toString());
        }
    }

    @Provide
    Arbitrary<LocalDate> published() {
        return Arbitraries.integers().between(0, 365 * 48).map(d -> LocalDate.of(2002, 1, 1).plusDays(d));
    }

    /** Expressions the resolver knows (see TimeFinderTest), relative ones and explicit dates before 2002. */
    private static final List<String> PAST = List.of("today", "yesterday", "two days ago", "a few days ago",
            "on Monday", "on Tuesday", "on Wednesday", "on Sunday", "last week", "last month", "earlier this month",
            "over the weekend", "in March", "in December", "on December 20", "on December 9-10", "since January",
            "on 13 December 2001", "on 2001-02-03");

    @Provide
    Arbitrary<String> pastSentences() {
        Arbitrary<String> subject = Arbitraries.of("The ministers", "Pakistan and India", "She", "The delegation");
        Arbitrary<String> verb = Arbitraries.of("met", "spoke", "held talks", "signed the agreement", "visited Geneva");
        return Combinators.combine(subject, verb, Arbitraries.of(PAST), Arbitraries.of(true, false))
                .as((s, v, t, front) -> front ? capital(t) + ", " + s.toLowerCase() + " " + v + "." : s + " " + v + " " + t + ".");
    }

    /** Time words, numbers, month and day names, punctuation and noise, shuffled together. */
    @Provide
    Arbitrary<String> mangled() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(PAST), Arbitraries.of("will", "next", "ago", "days",
                "weeks", "since", "until", "between", "and", "-", "–", "31", "0", "29", "February", "2020", "99999",
                "9999999999", "Monday", "week", "month", "year", "this", "that", "later", "earlier", "on", "in",
                "the", ".", ",", "(", ")", "'s"), Arbitraries.strings().ofMaxLength(6));
        return word.list().ofMinSize(1).ofMaxSize(20).map(ws -> String.join(" ", ws));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
