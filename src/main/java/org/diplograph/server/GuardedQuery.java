package org.diplograph.server;

import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.diplograph.query.Deadline;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryGuard;
import org.diplograph.query.QueryLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query service with Diplograph's bounds ({@link QueryGuard}): the query text is checked for size
 * before it is parsed, FROM and SERVICE are refused (400, one line), regular expressions stop at the deadline, and
 * the deadline counts from the moment the query text is in — parsing and planning are inside it. A watchdog cancels
 * the execution and interrupts the request's thread shortly after the deadline, so that a client that stops reading
 * does not keep a thread and a read transaction.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    private static final Logger LOG = LoggerFactory.getLogger("org.diplograph.serve");

    private final QueryLimits limits;

    GuardedQuery(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("SPARQL Query: empty query string");
        }
        try (Deadline deadline = Deadline.start(limits.timeoutMillis())) {
            run(queryString, action, deadline);
        } catch (QueryCancelledException e) {
            LOG.warn("503 query from {}: stopped after the {} ms timeout (--timeout)",
                    action.getRequest().getRemoteAddr(), limits.timeoutMillis());
            throw e;
        }
    }

    private void run(String queryString, HttpAction action, Deadline deadline) {
        Query query;
        try {
            query = QueryGuard.parse(queryString, "query", limits);
        } catch (QueryException e) {
            LOG.warn("{} query from {}: {}", e.status(), action.getRequest().getRemoteAddr(), e.getMessage());
            ServletOps.error(e.status(), e.getMessage());
            return;
        }
        if (deadline.passed()) {
            throw new QueryCancelledException();
        }
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> p = decideDataset(action, query, "query");
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec exec = exec(action, q, p.getLeft(), deadline)) {
                deadline.onExpiry(exec::abort);
                QueryExecResult result = executeQuery(action, exec, query, "query");
                sendResults(action, result, query.getPrologue());
            }
        } finally {
            action.endRead();
        }
    }

    private QueryExec exec(HttpAction action, Query query, DatasetGraph dataset, Deadline deadline) {
        var builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .set(ARQ.httpServiceAllowed, limits.allowService());
        if (limits.timeoutMillis() > 0) {
            builder.overallTimeout(Math.max(1, deadline.remainingMillis()), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }
}
