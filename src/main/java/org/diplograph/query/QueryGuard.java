package org.diplograph.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What a query must pass before it runs, for {@code query} and {@code serve} alike: a size limit, checked before
 * parsing; the parser's own errors with line and column (and a query nested too deeply for it); no {@code FROM} or
 * {@code FROM NAMED}, which would be ignored (the query runs over the store, or the {@code --data} files) and so
 * answer a question other than the one asked; no {@code SERVICE} unless allowed, since it makes this process fetch
 * any URL, from inside the machine's network; no {@code apf:strSplit}, a regular expression that
 * {@link BoundedRegex} does not reach. The query that runs has its regular expressions bounded by the deadline.
 */
public final class QueryGuard {

    private static final String STR_SPLIT = "http://jena.apache.org/ARQ/property#strSplit";

    private QueryGuard() {
    }

    /**
     * Parses and checks a query; returns the query to run (regular expressions bounded).
     *
     * @param source what messages call the query: its file, or "query" for one sent over HTTP
     */
    public static Query parse(String text, String source, QueryLimits limits) throws QueryException {
        if (text.length() > limits.maxChars()) {
            throw new QueryException(source + ": the query is " + kilobytes(text.length()) + ", over the limit of "
                    + kilobytes(limits.maxChars()) + " (--max-query-size); it was not parsed", 413, null);
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String message = e.getMessage().strip().replaceAll("\\s+", " ");
            int expecting = message.indexOf(" Was expecting");
            throw new QueryException(source + ": " + (expecting > 0 ? message.substring(0, expecting) : message), e);
        } catch (StackOverflowError e) {
            throw new QueryException(source + ": the query is nested too deeply to be parsed");
        }
        check(query, source, limits);
        return BoundedRegex.rewrite(query);
    }

    private static void check(Query query, String source, QueryLimits limits) throws QueryException {
        if (query.hasDatasetDescription()) {
            throw new QueryException(source + ": FROM and FROM NAMED are not supported here (" + String.join(", ",
                    dataset(query)) + "): the query runs over the store, whose named graphs GRAPH <iri> reaches,"
                    + " and the union of them all is the default graph");
        }
        Op op;
        try {
            op = Algebra.compile(query);
        } catch (StackOverflowError e) {
            throw new QueryException(source + ": the query is nested too deeply to be run");
        }
        List<String> services = new ArrayList<>();
        List<String> splits = new ArrayList<>();
        OpVisitorBase visitor = new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService().isURI() ? "<" + op.getService().getURI() + ">" : op.getService().toString());
            }

            @Override
            public void visit(OpBGP op) {
                op.getPattern().forEach(t -> {
                    if (STR_SPLIT.equals(uri(t.getPredicate()))) {
                        splits.add("apf:strSplit");
                    }
                });
            }

            @Override
            public void visit(OpPath op) {
                // property paths are evaluated by Jena with its own checks
            }
        };
        try {
            Walker.walk(op, visitor, new ExprVisitorBase());
        } catch (StackOverflowError e) {
            throw new QueryException(source + ": the query is nested too deeply to be run");
        }
        if (!services.isEmpty() && !limits.allowService()) {
            throw new QueryException(source + ": SERVICE " + services.get(0) + " is not allowed: it would make"
                    + " Diplograph fetch that URL; add --allow-service if the query should reach other endpoints");
        }
        if (!splits.isEmpty()) {
            throw new QueryException(source + ": apf:strSplit is not supported here (its regular expression cannot"
                    + " be stopped by --timeout)");
        }
    }

    /** Refuses {@code LOAD}, and {@code SERVICE} in an update's WHERE (DELETE/INSERT … WHERE), unless allowed. */
    public static void checkUpdate(UpdateRequest request, String source, QueryLimits limits) throws QueryException {
        if (limits.allowService()) {
            return;
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                throw new QueryException(source + ": LOAD <" + load.getSource() + "> is not allowed: it would make"
                        + " Diplograph fetch that URL or read that file; add --allow-service to allow it");
            }
            if (u instanceof UpdateModify modify) {
                Query where = new Query();
                where.setQuerySelectType();
                where.setQueryResultStar(true);
                where.setQueryPattern(modify.getWherePattern());
                check(where, source, limits);
            }
        }
    }

    private static List<String> dataset(Query query) {
        List<String> out = new ArrayList<>();
        query.getGraphURIs().forEach(g -> out.add("FROM <" + g + ">"));
        query.getNamedGraphURIs().forEach(g -> out.add("FROM NAMED <" + g + ">"));
        return out;
    }

    private static String uri(Node n) {
        return n.isURI() ? n.getURI() : null;
    }

    static String kilobytes(long chars) {
        return chars < 1024 ? chars + " characters" : (chars + 512) / 1024 + " KB";
    }
}
