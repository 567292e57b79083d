package org.diplograph.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.diplograph.store.ArticleIndex;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph remove}: drops articles' graphs, in one transaction. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Drop articles from the store (their named graphs), all in one transaction.",
                "An article is named by its identifier (the path it was loaded under), its article or graph IRI,"
                        + " or its 16-digit key."})
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article identifier, IRI or key.")
    List<String> articles;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        int removed;
        try (Tdb2Store store = Tdb2Store.openExisting(common.store())) {
            Set<String> graphs = new LinkedHashSet<>();
            store.read(() -> {
                for (String article : articles) {
                    List<String> found = ArticleIndex.graphs(store.dataset(), article);
                    if (found.isEmpty()) {
                        problems.add(article + ": no such article in " + common.store());
                    }
                    graphs.addAll(found);
                }
                return null;
            });
            removed = graphs.isEmpty() ? 0 : store.remove(List.copyOf(graphs));
        }
        spec.commandLine().getOut().printf("Removed %d article%s from %s%n", removed, removed == 1 ? "" : "s",
                common.store());
        return Inputs.report(problems, spec.commandLine().getErr()) ? Failures.FAILED : Failures.OK;
    }
}
