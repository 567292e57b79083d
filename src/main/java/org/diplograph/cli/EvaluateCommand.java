package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.article.ArticleException;
import org.diplograph.article.ArticleReader;
import org.diplograph.evaluate.EvaluationReport;
import org.diplograph.evaluate.GoldArticle;
import org.diplograph.evaluate.GoldException;
import org.diplograph.evaluate.GoldFile;
import org.diplograph.evaluate.PredictedEvent;
import org.diplograph.evaluate.Scorer;
import org.diplograph.evaluate.SentenceGold;
import org.diplograph.evaluate.SentenceScorer;
import org.diplograph.article.ArticleParser;
import org.diplograph.model.Article;
import org.diplograph.model.Extraction;
import org.diplograph.pipeline.Diplograph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph evaluate}: scores extraction against gold annotations (docs/gold-format.md). */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extractor against gold annotations (JSON Lines, see docs/gold-format.md):",
                "precision, recall and F1 per event type at the level of (type, participating states), dates,"
                        + " negation and modality, then every miss and false alarm with its evidence."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold annotations of articles.")
    List<Path> gold = List.of();

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "Gold CAMEO codes of single sentences: scored at (CAMEO root, participating states).")
    List<Path> sentences = List.of();

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE",
            description = "Where the gold file's articles are: directories their paths are relative to, or the files.")
    List<Path> articles = List.of();

    @Option(names = "--summary", description = "Print the scores only, without the list of misses and false alarms.")
    boolean summary;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws GoldException {
        if (gold.isEmpty() == sentences.isEmpty()) {
            throw new UserError("give either --gold FILE with the article folders, or --sentences FILE");
        }
        Diplograph pipeline = Diplograph.create();
        if (!sentences.isEmpty()) {
            SentenceScorer scorer = new SentenceScorer();
            for (Path file : sentences) {
                for (SentenceGold g : SentenceGold.read(file)) {
                    Article a = ArticleParser.fields(g.id(), g.text(), g.date() == null ? null : g.date().toString(),
                            null, null, java.time.LocalDate.now());
                    scorer.score(g, pipeline.extract(a));
                }
            }
            spec.commandLine().getOut().print(scorer.render(!summary));
            return Failures.OK;
        }
        if (articles.isEmpty()) {
            throw new UserError("--gold needs the folders or files of its articles");
        }
        Scorer scorer = new Scorer();
        for (Path file : gold) {
            for (GoldArticle g : GoldFile.read(file)) {
                Path path = locate(g.article());
                if (path == null) {
                    scorer.unreadable(g.article(), "not found under " + articles);
                    continue;
                }
                try {
                    Extraction x = pipeline.extract(ArticleReader.read(path, g.article()));
                    scorer.score(g, x.events().stream().map(e -> PredictedEvent.of(e, x)).toList());
                } catch (ArticleException e) {
                    scorer.unreadable(g.article(), e.getMessage());
                }
            }
        }
        EvaluationReport report = scorer.report();
        spec.commandLine().getOut().print(report.render(!summary));
        return Failures.OK;
    }

    private Path locate(String article) {
        for (Path a : articles) {
            if (Files.isDirectory(a) && Files.isRegularFile(a.resolve(article))) {
                return a.resolve(article);
            }
            if (Files.isRegularFile(a) && a.getFileName().toString().equals(Path.of(article).getFileName().toString())) {
                return a;
            }
        }
        return null;
    }
}
