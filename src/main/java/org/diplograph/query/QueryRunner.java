package org.diplograph.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.util.NodeFactoryExtra;

/**
 * Runs a SPARQL query over a dataset whose default graph is the union of its named graphs. Parameters are bound
 * to the parsed query's variables (never spliced into the query text), so a value cannot change the query.
 */
public final class QueryRunner {

    /** How results are printed. */
    public enum Format { TABLE, CSV, TSV, JSON }

    private QueryRunner() {
    }

    /** Parses and checks the query under the standard limits; parse errors carry the parser's line and column. */
    public static Query parse(NamedQuery q) throws QueryException {
        return QueryGuard.parse(q.text(), q.source(), QueryLimits.standard());
    }

    /** The value of a parameter: an IRI in angle brackets or starting with http(s):/urn:, an RDF term, else a string. */
    public static RDFNode value(String raw, Query query) throws QueryException {
        String v = raw.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return ResourceFactory.createResource(v.substring(1, v.length() - 1));
        }
        if (v.matches("(?i)(https?|urn):\\S+")) {
            return ResourceFactory.createResource(v);
        }
        if (v.startsWith("\"")) {
            try {
                return org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                        .asRDFNode(NodeFactoryExtra.parseNode(v, org.apache.jena.riot.system.PrefixMapFactory.create(query.getPrefixMapping())));
            } catch (RuntimeException e) {
                throw new QueryException("cannot read parameter value " + raw + ": " + e.getMessage());
            }
        }
        int colon = v.indexOf(':');
        if (colon > 0 && query.getPrefixMapping().getNsPrefixURI(v.substring(0, colon)) != null && !v.contains(" ")) {
            return ResourceFactory.createResource(query.getPrefixMapping().expandPrefix(v));
        }
        return ResourceFactory.createPlainLiteral(v);
    }

    /** {@link #run(Dataset, NamedQuery, Map, Format, QueryLimits)} with the standard limits and this timeout. */
    public static String run(Dataset dataset, NamedQuery q, Map<String, String> parameters, Format format,
                             long timeoutMillis) throws QueryException {
        return run(dataset, q, parameters, format, new QueryLimits(QueryLimits.DEFAULT_MAX_CHARS, timeoutMillis,
                false));
    }

    /**
     * Runs the query and returns its printed result. The timeout counts from here: parsing, planning and running
     * all fall within it ({@link QueryGuard}, {@link Deadline}).
     *
     * @param parameters variable name → raw value (see {@link #value})
     */
    public static String run(Dataset dataset, NamedQuery q, Map<String, String> parameters, Format format,
                             QueryLimits limits) throws QueryException {
        try (Deadline deadline = Deadline.start(limits.timeoutMillis())) {
            Query query = QueryGuard.parse(q.text(), q.source(), limits);
            Map<String, RDFNode> bound = new LinkedHashMap<>();
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                if (!q.parameters().contains(p.getKey()) && !variables(query).contains(p.getKey())) {
                    throw new QueryException(q.source() + " has no parameter ?" + p.getKey()
                            + (q.parameters().isEmpty() ? "" : " (it takes: ?" + String.join(", ?", q.parameters()) + ")"));
                }
                bound.put(p.getKey(), value(p.getValue(), query));
            }
            if (deadline.passed()) {
                throw new QueryCancelledException();
            }
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query);
            bound.forEach(builder::substitution);
            builder.set(ARQ.httpServiceAllowed, limits.allowService());
            if (limits.timeoutMillis() > 0) {
                builder.timeout(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
            }
            try (QueryExecution exec = builder.build()) {
                deadline.onExpiry(exec::abort);
                return print(exec, query, format);
            }
        } catch (QueryCancelledException e) {
            throw new QueryException(q.source() + ": stopped after the " + limits.timeoutMillis()
                    + " ms timeout (--timeout)", 503, e);
        } catch (QueryExceptionHTTP | org.apache.jena.atlas.web.HttpException e) {
            String why = String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
            throw new QueryException(q.source() + ": a SERVICE request of the query failed (" + (why.length() > 200
                    ? why.substring(0, 200) + "…" : why) + ")", 502, e);
        }
    }

    private static java.util.Set<String> variables(Query query) {
        java.util.Set<String> names = new java.util.HashSet<>();
        org.apache.jena.sparql.syntax.PatternVars.vars(query.getQueryPattern()).forEach(v -> names.add(v.getVarName()));
        return names;
    }

    private static String print(QueryExecution exec, Query query, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet results = exec.execSelect();
            switch (format) {
                case CSV -> ResultSetFormatter.outputAsCSV(out, results);
                case TSV -> ResultSetFormatter.outputAsTSV(out, results);
                case JSON -> ResultSetFormatter.outputAsJSON(out, results);
                default -> {
                    org.apache.jena.shared.PrefixMapping prefixes = org.diplograph.rdf.Prefixes.mapping();
                    prefixes.setNsPrefixes(query.getPrefixMapping());
                    ResultSetFormatter.out(out, results, prefixes);
                }
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            if (format == Format.JSON) {
                ResultSetFormatter.outputAsJSON(out, answer);
            } else {
                return answer + "\n";
            }
        } else {
            Model model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public static Format format(String name) {
        return Format.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
