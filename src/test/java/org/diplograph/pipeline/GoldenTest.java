package org.diplograph.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.util.FmtUtils;
import org.diplograph.article.ArticleFiles;
import org.junit.jupiter.api.Test;

/**
 * The seed's whole output compared, as a graph, with the reviewed expectation in
 * {@code src/test/resources/golden/}. On a difference the missing and unexpected quads are printed. After an
 * intended change, regenerate with {@code ./diplograph extract seeds/… -o src/test/resources/golden/….trig}
 * and review the diff.
 */
class GoldenTest {

    @Test
    void seedMatchesItsGoldenGraph() {
        List<String> problems = new ArrayList<>();
        Dataset actual = Diplograph.create().extractAll(
                List.of(new ArticleFiles.Input(Seed.FILE, Seed.FILE.getFileName().toString())), problems, n -> { });
        Dataset expected = RDFDataMgr.loadDataset("src/test/resources/golden/2021-12-15-pakistan-us-democracy-summit.trig");
        if (!IsoMatcher.isomorphic(expected.asDatasetGraph(), actual.asDatasetGraph())) {
            fail("the seed's graph differs from its golden file\nmissing:\n" + minus(expected.asDatasetGraph(),
                    actual.asDatasetGraph()) + "\nunexpected:\n" + minus(actual.asDatasetGraph(), expected.asDatasetGraph()));
        }
    }

    private static String minus(DatasetGraph a, DatasetGraph b) {
        Set<String> out = new TreeSet<>();
        a.find().forEachRemaining(q -> {
            if (!b.contains(q)) {
                out.add("  " + FmtUtils.stringForQuad(q));
            }
        });
        return String.join("\n", out);
    }
}
