package org.diplograph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.diplograph.article.ArticleParser;
import org.diplograph.extract.sentence.View;
import org.diplograph.lexicon.Lexicon;
import org.diplograph.model.AnalysedArticle;
import org.diplograph.model.TimeSpan;
import org.diplograph.pipeline.Diplograph;

/** Time expressions resolved against a publication date (Wednesday 15 December 2021), never inventing a day. */
class TimeFinderTest {

    private static final Diplograph PIPELINE = Diplograph.create();
    private static final TimeFinder TIMES = new TimeFinder(Lexicon.get().cues());
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 12, 15);

    private static TimeSpan resolve(String sentence, boolean future) {
        AnalysedArticle a = PIPELINE.analyse(ArticleParser.parse("t.txt", "date 2021-12-15\n" + sentence + "\n"));
        List<TimeExpression> found = TIMES.find(new View(a.sentences().get(0), a.article().text(), Lexicon.get().cues().grammar()));
        assertFalse(found.isEmpty(), "no time expression in: " + sentence);
        return found.get(0).resolve(PUBLISHED, future);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "They met today.|false|2021-12-15|2021-12-15",
        "They met yesterday.|false|2021-12-14|2021-12-14",
        "They spoke two days ago.|false|2021-12-13|2021-12-13",
        "They met on Tuesday.|false|2021-12-14|2021-12-14",
        "They met on Wednesday.|false|2021-12-15|2021-12-15",
        "They will meet on Tuesday.|true|2021-12-21|2021-12-21",
        "They met last week.|false|2021-12-06|2021-12-12",
        "They will meet next week.|true|2021-12-20|2021-12-26",
        "It happened earlier this month.|false|2021-12-01|2021-12-15",
        "They will meet later this month.|true|2021-12-15|2021-12-31",
        "They will meet next month.|true|2022-01-01|2022-01-31",
        "They met last month.|false|2021-11-01|2021-11-30",
        "The summit took place on December 9-10.|false|2021-12-09|2021-12-10",
        "They met on 13 December 2021.|false|2021-12-13|2021-12-13",
        "They met in March.|false|2021-03-01|2021-03-31",
        "They met on December 20.|false|2020-12-20|2020-12-20",
        "Relations have been tense since January.|false|2021-01-01|2021-12-15",
        "They met a few days ago.|false|2021-12-06|2021-12-13",
        "They met over the weekend.|false|2021-12-11|2021-12-12",
        "They met on 2021-11-30.|false|2021-11-30|2021-11-30",
    })
    void resolves(String sentence, boolean future, String earliest, String latest) {
        TimeSpan span = resolve(sentence, future);
        assertEquals(LocalDate.parse(earliest), span.earliest(), sentence);
        assertEquals(LocalDate.parse(latest), span.latest(), sentence);
    }
}
