package org.diplograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.system.Txn;
import org.diplograph.pipeline.Diplograph;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.ParameterException;
import org.diplograph.query.Queries;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryGuard;
import org.diplograph.query.QueryLimits;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.StateNames;
import org.diplograph.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph query}: runs a SPARQL file over the store or an RDF file, with bound parameters. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (a .rq file, or the name of a bundled query) over the store or an RDF file.",
                "The union of all graphs is the default graph. Bundled queries: " + "declined-invitations, phone-calls,"
                        + " meetings, events-between, actors-and-roles, timeline, evidence.",
                "Parameters are bound in the VALUES clause that opens the query; --sparql prints the bound query for"
                        + " another store."})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or a bundled query name.")
    String query;

    @Option(names = "--data", paramLabel = "FILE", description = "Query this RDF file instead of the store.")
    List<Path> data;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"Bind a parameter of the query. Bundled queries check the value: a state as ISO code, name"
                    + " or demonym (PAK, Pakistan, Pakistani), a date as YYYY-MM-DD, an event as an IRI (<…> or event:…).",
                    "Other variables take an IRI (<…> or http…), an RDF term (\"…\"^^xsd:date) or a string."
                    + " Each name once."})
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    QueryRunner.Format format;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the query after this many seconds, parsing and planning included (default: no limit).")
    Double timeout;

    @Option(names = "--max-query-size", paramLabel = "SIZE", converter = Sizes.class,
            defaultValue = "" + QueryLimits.DEFAULT_MAX_CHARS,
            description = "Refuse longer queries before parsing them: characters, or with K or M (default: 64K).")
    long maxQuerySize;

    @Option(names = "--allow-service",
            description = "Let SERVICE clauses fetch other endpoints (refused by default: they make this process"
                    + " request any URL, also inside your network).")
    boolean allowService;

    @Option(names = "--sparql", description = "Print the query with the parameters bound in its VALUES clause instead"
            + " of running it, to run it in another SPARQL store.")
    boolean sparql;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws QueryException {
        QueryLimits limits = limits();
        Map<String, String> bindings = bindings(params);
        NamedQuery q = Queries.load(query);
        StateNames[] loaded = new StateNames[1];
        Supplier<StateNames> names = () -> loaded[0] != null ? loaded[0] : (loaded[0] = Diplograph.stateNames());
        try {
            QueryRunner.prepare(q, bindings, names, limits);
        } catch (ParameterException e) {
            throw new Failures.UsageError(e.getMessage());
        }
        if (sparql) {
            print(QueryRunner.text(q, bindings, names));
            return Failures.OK;
        }
        if (data != null && !data.isEmpty()) {
            Dataset ds = readData(data);
            print(QueryRunner.run(ds, q, bindings, names, format, limits));
            return Failures.OK;
        }
        try (Tdb2Store store = Tdb2Store.openExisting(common.store())) {
            String result = store.read(() -> {
                try {
                    return QueryRunner.run(store.dataset(), q, bindings, names, format, limits);
                } catch (QueryException e) {
                    throw new UserError(e.getMessage());
                }
            });
            print(result);
        }
        return Failures.OK;
    }

    private QueryLimits limits() {
        if (timeout != null && !(timeout > 0)) {
            throw new Failures.UsageError("--timeout must be a positive number of seconds, not " + timeout
                    + " (leave it out for no limit)");
        }
        if (maxQuerySize > Integer.MAX_VALUE) {
            throw new Failures.UsageError("--max-query-size is too large: " + maxQuerySize);
        }
        long millis = timeout == null ? 0 : Math.max(1, Math.round(timeout * 1000));
        return new QueryLimits((int) maxQuerySize, millis, allowService);
    }

    /** NAME=VALUE pairs; a name given twice is a usage error rather than the last one silently winning. */
    static Map<String, String> bindings(List<String> pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new Failures.UsageError("-p " + pair + ": give NAME=VALUE");
            }
            String name = pair.substring(0, eq).strip().replaceFirst("^[?$]", "");
            String previous = out.put(name, pair.substring(eq + 1));
            if (previous != null) {
                throw new Failures.UsageError("-p " + name + " is given twice (" + previous + ", "
                        + pair.substring(eq + 1) + "); a parameter takes one value");
            }
        }
        return out;
    }

    private void print(String result) {
        spec.commandLine().getOut().print(result);
        spec.commandLine().getOut().flush();
    }

    /**
     * Reads RDF files into memory: quads keep their graphs, and a file without graphs (Turtle, N-Triples, RDF/XML)
     * becomes one named graph, its file URL, so that queries with GRAPH patterns see it; the default graph becomes
     * the union of everything read.
     */
    static Dataset readData(List<Path> files) {
        Dataset ds = DatasetFactory.createTxnMem();
        for (Path file : files) {
            if (!Files.isReadable(file)) {
                throw new UserError(file + ": no such file, or not readable");
            }
            try {
                Lang lang = RDFLanguages.filenameToLang(file.toString());
                if (lang != null && RDFLanguages.isTriples(lang)) {
                    RDFDataMgr.read(ds.getNamedModel(file.toAbsolutePath().toUri().toString()), file.toString());
                } else {
                    RDFDataMgr.read(ds, file.toString());
                }
            } catch (RiotException e) {
                throw new UserError(file + ": not valid RDF (" + e.getMessage() + ")");
            }
        }
        ds.listNames().forEachRemaining(name -> ds.getDefaultModel().add(ds.getNamedModel(name)));
        return ds;
    }
}
