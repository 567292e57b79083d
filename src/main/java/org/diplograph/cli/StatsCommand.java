package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.shared.PrefixMapping;
import org.diplograph.ontology.Iris;
import org.diplograph.query.StoreStats;
import org.diplograph.rdf.Prefixes;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph stats}: counts by graph, class and event type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print what the store holds: triples per named graph, instances per class, events per type.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        StoreStats stats;
        try (Tdb2Store store = Tdb2Store.openExisting(common.store())) {
            stats = store.read(() -> StoreStats.of(store.dataset()));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrefixMapping prefixes = Prefixes.mapping().setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        out.printf("Store %s: %d article%s, %d events, %d named graphs, %d triples in them (%d distinct)%n",
                common.store(), stats.articles(), stats.articles() == 1 ? "" : "s", stats.events(),
                stats.graphs().size(), stats.quads(), stats.distinctTriples());
        out.println();
        out.println("Triples by graph:");
        int width = stats.graphs().stream().mapToInt(g -> prefixes.shortForm(g.name()).length()).max().orElse(10);
        for (StoreStats.GraphCount g : stats.graphs()) {
            String what = g.identifier() != null ? g.identifier()
                    : g.name().equals(Iris.REFERENCE_GRAPH) ? "(states, organisations, CAMEO, ontology)" : "";
            out.printf("  %-" + width + "s %9d  %s%n", prefixes.shortForm(g.name()), g.triples(), what);
        }
        table(out, "Instances by class:", stats.classes(), prefixes);
        table(out, "Events by type:", stats.eventTypes(), prefixes);
        out.flush();
        return Failures.OK;
    }

    private static void table(PrintWriter out, String title, Map<String, Long> counts, PrefixMapping prefixes) {
        out.println();
        out.println(title);
        if (counts.isEmpty()) {
            out.println("  none");
        }
        int width = counts.keySet().stream().mapToInt(k -> prefixes.shortForm(k).length()).max().orElse(10);
        counts.forEach((k, n) -> out.printf("  %-" + width + "s %9d%n", prefixes.shortForm(k), n));
    }
}
