package org.diplograph.query;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ARQ;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Runs a SPARQL query over a dataset. Parameters are checked against their declared types and bound in the
 * query's opening {@code VALUES} clause (never spliced into the query text), so a value cannot change the query.
 */
public final class QueryRunner {

    /** How results are printed. */
    public enum Format { TABLE, CSV, TSV, JSON }

    /** {@code VALUES ?x { UNDEF }} or {@code VALUES (?x ?y) { (UNDEF UNDEF) }}, as the bundled queries open. */
    private static final Pattern VALUES_LINE = Pattern.compile(
            "(?m)^(\\s*VALUES\\s+)(\\?\\w+|\\([^)]*\\))(\\s*\\{\\s*)(UNDEF|\\((?:\\s*UNDEF)+\\s*\\))(\\s*})");

    private QueryRunner() {
    }

    /** Parses and checks the query under the standard limits; parse errors carry the parser's line and column. */
    public static Query parse(NamedQuery q) throws QueryException {
        return QueryGuard.parse(q.text(), q.source(), QueryLimits.standard());
    }

    /**
     * The query with its parameters bound. A variable of the {@code VALUES} clause at the top of the {@code WHERE}
     * block gets its value there, as any SPARQL endpoint would bind it; any other variable (in a user's query) is
     * replaced by the value throughout the query. Values are checked and turned into terms first
     * ({@link ParameterValues}); they are never pasted into the text.
     *
     * @param parameters variable name → raw value
     * @param states     the state names, asked for only when a state parameter is given
     */
    public static Query prepare(NamedQuery q, Map<String, String> parameters, Supplier<StateNames> states)
            throws QueryException {
        return prepare(q, parameters, states, QueryLimits.standard());
    }

    /** {@link #prepare(NamedQuery, Map, Supplier)} under these limits (query size, SERVICE). */
    public static Query prepare(NamedQuery q, Map<String, String> parameters, Supplier<StateNames> states,
                                QueryLimits limits)
            throws QueryException {
        Query query = QueryGuard.parse(q.text(), q.source(), limits);
        Map<String, Node> values = ParameterValues.resolve(q, query, parameters, states);
        if (values.isEmpty()) {
            return query;
        }
        Map<Var, Node> elsewhere = new LinkedHashMap<>();
        ElementData top = topValues(query);
        values.forEach((name, node) -> {
            if (top == null || !top.getVars().contains(Var.alloc(name))) {
                elsewhere.put(Var.alloc(name), node);
            }
        });
        if (top != null) {
            ElementData bound = new ElementData();
            top.getVars().forEach(bound::add);
            for (Binding row : top.getRows()) {
                BindingBuilder b = BindingFactory.builder();
                for (Var v : top.getVars()) {
                    Node n = values.containsKey(v.getVarName()) ? values.get(v.getVarName()) : row.get(v);
                    if (n != null) {
                        b.add(v, n);
                    }
                }
                bound.add(b.build());
            }
            ((ElementGroup) query.getQueryPattern()).getElements().set(0, bound);
        }
        return elsewhere.isEmpty() ? query : QueryTransformOps.syntaxSubstitute(query, elsewhere);
    }

    /** The {@code VALUES} clause that opens the query's {@code WHERE} block, or null. */
    static ElementData topValues(Query query) {
        if (query.getQueryPattern() instanceof ElementGroup group && !group.getElements().isEmpty()
                && group.getElements().get(0) instanceof ElementData data) {
            return data;
        }
        return null;
    }

    /**
     * The query text with its parameters bound, to run in another store: the file as written, with the values in
     * its opening {@code VALUES} line ({@code VALUES ?state { "PAK" }}); a query whose parameters are elsewhere is
     * printed as Jena serialises it, after the file's comments.
     */
    public static String text(NamedQuery q, Map<String, String> parameters, Supplier<StateNames> states)
            throws QueryException {
        Query parsed = parse(q);
        Map<String, Node> values = ParameterValues.resolve(q, parsed, parameters, states);
        if (values.isEmpty()) {
            return q.text();
        }
        ElementData top = topValues(parsed);
        Matcher line = VALUES_LINE.matcher(q.text());
        if (top != null && top.getRows().size() == 1 && line.find()) {
            List<String> written = List.of(line.group(2).replaceAll("[()]", " ").strip().split("\\s+"));
            List<String> vars = top.getVars().stream().map(v -> "?" + v.getVarName()).toList();
            if (written.equals(vars) && values.keySet().stream().allMatch(n -> vars.contains("?" + n))) {
                org.apache.jena.shared.PrefixMapping prefixes = parsed.getPrefixMapping();
                List<String> cells = top.getVars().stream().map(v -> values.containsKey(v.getVarName())
                        ? FmtUtils.stringForNode(values.get(v.getVarName()), prefixes) : "UNDEF").toList();
                String row = vars.size() == 1 ? cells.get(0) : "(" + String.join(" ", cells) + ")";
                return q.text().substring(0, line.start(4)) + row + q.text().substring(line.end(4));
            }
        }
        return q.header() + prepare(q, parameters, states).serialize();
    }

    /** {@link #run(Dataset, NamedQuery, Map, Supplier, Format, QueryLimits)} with the standard limits and this timeout. */
    public static String run(Dataset dataset, NamedQuery q, Map<String, String> parameters, Supplier<StateNames> states,
                             Format format, long timeoutMillis) throws QueryException {
        return run(dataset, q, parameters, states, format, new QueryLimits(QueryLimits.DEFAULT_MAX_CHARS, timeoutMillis,
                false));
    }

    /**
     * Runs the query and returns its printed result. The timeout counts from here: parsing, planning and running
     * all fall within it ({@link QueryGuard}, {@link Deadline}).
     *
     * @param parameters variable name → raw value (see {@link #prepare})
     */
    public static String run(Dataset dataset, NamedQuery q, Map<String, String> parameters, Supplier<StateNames> states,
                             Format format, QueryLimits limits) throws QueryException {
        try (Deadline deadline = Deadline.start(limits.timeoutMillis())) {
            Query query = prepare(q, parameters, states, limits);
            if (deadline.passed()) {
                throw new QueryCancelledException();
            }
            QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(query);
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

    /** {@link #run(Dataset, NamedQuery, Map, Supplier, Format, long)} for queries without state parameters. */
    public static String run(Dataset dataset, NamedQuery q, Map<String, String> parameters, Format format,
                             long timeoutMillis) throws QueryException {
        return run(dataset, q, parameters, () -> {
            throw new IllegalStateException("no state names given for " + q.source());
        }, format, timeoutMillis);
    }

    static java.util.Set<String> variables(Query query) {
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
