package org.diplograph.remote;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.UpdateRequest;

/**
 * Replaces a named graph by SPARQL Update so that the remote store holds either the old graph or the whole new one,
 * never part of it. One request carries {@code DROP SILENT GRAPH} and {@code INSERT DATA} of every triple, which a
 * store carries out as one transaction. A store that refuses so large a request (Virtuoso stops at 10,000 lines of
 * compiled code) gets the triples in parts of {@value #PART} into a temporary graph, which one {@code MOVE} then puts
 * in place; once a store refused, later large graphs go that way directly. A failure says what it left behind.
 */
final class GraphUpdate {

    /** Triples per request into a temporary graph. */
    static final int PART = 500;

    private final URI endpoint;
    private final HttpCall http;
    private boolean partsOnly;

    GraphUpdate(URI endpoint, HttpCall http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    void replace(String graphName, Graph graph, RetryPolicy.Runner run) {
        Node g = NodeFactory.createURI(graphName);
        List<Triple> triples = graph.find().toList();
        if (!partsOnly || triples.size() <= PART) {
            UpdateRequest whole = new UpdateRequest().add(new UpdateDrop(g, true));
            if (!triples.isEmpty()) {
                whole.add(insert(g, triples));
            }
            try {
                run.run(() -> send(whole, "SPARQL Update of " + graphName));
                return;
            } catch (RemoteException e) {
                if (triples.size() <= PART || !refusedAsTooLarge(e)) {
                    throw e.adding("; " + state(e, graphName));
                }
                run.note(e.getMessage() + "; so sending it in parts of " + PART + " triples to a temporary graph and"
                        + " moving that into place");
                partsOnly = true;
            }
        }
        inParts(graphName, g, triples, run);
    }

    private void inParts(String graphName, Node g, List<Triple> triples, RetryPolicy.Runner run) {
        String temporary = graphName + "-diplograph-push-" + HexFormat.of().formatHex(random());
        Node t = NodeFactory.createURI(temporary);
        String what = "SPARQL Update of " + graphName + " (into the temporary graph " + temporary + ")";
        try {
            for (int from = 0; from < triples.size(); from += PART) {
                UpdateRequest part = new UpdateRequest();
                if (from == 0) {
                    part.add(new UpdateDrop(t, true));
                }
                part.add(insert(t, triples.subList(from, Math.min(triples.size(), from + PART))));
                run.run(() -> send(part, what));
            }
        } catch (RemoteException e) {
            throw e.adding("; " + graphName + " is unchanged on the remote store; " + dropped(temporary));
        }
        UpdateRequest move = new UpdateRequest().add(new UpdateMove(org.apache.jena.sparql.modify.request.Target.create(t),
                org.apache.jena.sparql.modify.request.Target.create(g), false));
        try {
            run.runOnce(() -> send(move, "SPARQL Update of " + graphName + " (MOVE from " + temporary + ")"));
        } catch (RemoteException e) {
            if (e.outcomeUnknown()) {
                throw e.adding("; the remote store holds " + graphName + " either as before or as sent (the move got"
                        + " no answer)");
            }
            throw e.adding("; " + graphName + " is unchanged on the remote store; " + dropped(temporary));
        }
    }

    /** A refusal that says nothing about access: the request may simply have been too large. */
    private static boolean refusedAsTooLarge(RemoteException e) {
        return e.status() >= 400 && e.status() != 401 && e.status() != 403 && e.status() != 404;
    }

    private static String state(RemoteException e, String graphName) {
        return e.outcomeUnknown() ? "the remote store holds " + graphName + " either as before or as sent (one"
                + " request, no answer)" : graphName + " is unchanged on the remote store (one request,"
                + " refused whole)";
    }

    /** Drops the temporary graph after a failure, once, and says whether that worked. */
    private String dropped(String temporary) {
        try {
            send(new UpdateRequest().add(new UpdateDrop(NodeFactory.createURI(temporary), true)), "dropping "
                    + temporary);
            return "the temporary graph " + temporary + " was dropped";
        } catch (RemoteException e) {
            return "the temporary graph " + temporary + " may be left there (DROP GRAPH <" + temporary
                    + "> removes it)";
        }
    }

    private static UpdateDataInsert insert(Node g, List<Triple> triples) {
        QuadDataAcc data = new QuadDataAcc();
        triples.forEach(t -> data.addQuad(Quad.create(g, t)));
        return new UpdateDataInsert(data);
    }

    private String send(UpdateRequest update, String what) {
        HttpRequest request = http.request(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update.toString(),
                        StandardCharsets.UTF_8))).build();
        return http.send(request, what);
    }

    private static byte[] random() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
