package org.diplograph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.diplograph.query.QueryException;
import org.diplograph.query.QueryGuard;
import org.diplograph.query.QueryLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL Update service, refusing {@code LOAD} (it reads any URL or local file into the store) and
 * {@code SERVICE} in a WHERE clause unless {@code --allow-service} is given. The update arrives within the request
 * size limit; it is parsed once here to be checked, and once more by Fuseki to be run.
 */
final class GuardedUpdate extends SPARQL_Update {

    private static final Logger LOG = LoggerFactory.getLogger("org.diplograph.serve");

    private final QueryLimits limits;

    GuardedUpdate(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] text;
        try {
            text = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update (" + e.getMessage() + ")");
            return;
        }
        try {
            UpdateRequest request = UpdateFactory.create(new String(text, StandardCharsets.UTF_8));
            QueryGuard.checkUpdate(request, "update", limits);
        } catch (QueryParseException e) {
            // Fuseki reports it below, in its own words
        } catch (QueryException e) {
            LOG.warn("{} update from {}: {}", e.status(), action.getRequest().getRemoteAddr(), e.getMessage());
            ServletOps.error(e.status(), e.getMessage());
            return;
        }
        super.execute(action, new ByteArrayInputStream(text));
    }
}
