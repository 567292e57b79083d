package org.diplograph.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.diplograph.ontology.Iris;
import org.diplograph.store.Store;

/**
 * Sends every named graph of a store — the reference graph first, then one graph per article — to a remote
 * store, replacing the graph of the same name there, so that pushing again changes nothing. Each graph is
 * replaced whole or not at all; a failure says which graph it hit, in what state it left it, and how far the push got. Uses the Graph
 * Store Protocol when the remote has one, SPARQL Update otherwise (also when its graph store answers 404, 405,
 * 415 or 501 to the first PUT). Transient failures are retried with back-off; afterwards the remote's triple
 * count of every pushed graph is compared with the local one.
 */
public final class Push {

    /** How graphs were sent. */
    public enum Method { GRAPH_STORE_PUT, SPARQL_UPDATE }

    /**
     * What was sent and what the remote holds afterwards.
     *
     * @param local  triples per graph, as sent
     * @param remote triples per graph, as counted by the remote afterwards (empty when not checked)
     */
    public record Report(Method method, Map<String, Long> local, Map<String, Long> remote, int retries,
                         Duration took) {

        public int graphs() {
            return local.size();
        }

        public long triples() {
            return local.values().stream().mapToLong(Long::longValue).sum();
        }

        public long remoteTriples() {
            return remote.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Graphs whose remote count differs from what was sent. */
        public List<String> mismatches() {
            if (remote.isEmpty()) {
                return List.of();
            }
            return local.keySet().stream().filter(g -> !local.get(g).equals(remote.getOrDefault(g, 0L))).toList();
        }
    }

    private static final Set<Integer> NO_GRAPH_STORE = Set.of(404, 405, 415, 501);

    /** What the push had done when a graph failed: the graphs before it arrived, those after it were not sent. */
    private static String progress(int done, int total) {
        int after = total - done - 1;
        return (done == 0 ? "" : done == 1 ? "; the graph before it was pushed" : "; the " + done
                + " graphs before it were pushed") + (after == 0 ? "" : after == 1 ? "; the graph after it was not sent"
                : "; the " + after + " graphs after it were not sent") + "; push again";
    }

    private Push() {
    }

    /**
     * @param verify whether to count the pushed graphs on the remote afterwards
     * @param notes  hears progress and retries, one line each
     */
    public static Report run(Store store, RemoteStore remote, RetryPolicy retry, boolean verify, Consumer<String> notes) {
        long start = System.nanoTime();
        List<String> names = store.read(() -> {
            List<String> all = new ArrayList<>();
            store.dataset().listNames().forEachRemaining(all::add);
            all.sort((a, b) -> a.equals(Iris.REFERENCE_GRAPH) ? -1 : b.equals(Iris.REFERENCE_GRAPH) ? 1 : a.compareTo(b));
            return all;
        });
        Method method = remote.graphStore() != null ? Method.GRAPH_STORE_PUT : Method.SPARQL_UPDATE;
        RetryPolicy.Counter counter = new RetryPolicy.Counter();
        RetryPolicy.Runner run = retry.runner(counter, notes);
        Map<String, Long> sent = new LinkedHashMap<>();
        for (String name : names) {
            Graph graph = store.read(() -> {
                Graph copy = GraphMemFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(name))
                        .find().forEachRemaining(copy::add);
                return copy;
            });
            try {
                if (method == Method.GRAPH_STORE_PUT) {
                    try {
                        remote.put(name, graph, run);
                    } catch (RemoteException e) {
                        if (!sent.isEmpty() || !NO_GRAPH_STORE.contains(e.status())) {
                            throw e;
                        }
                        notes.accept(e.getMessage() + "; no Graph Store there, so sending SPARQL Update to "
                                + RemoteStore.display(remote.endpoint()) + " instead");
                        method = Method.SPARQL_UPDATE;
                    }
                }
                if (method == Method.SPARQL_UPDATE) {
                    remote.update(name, graph, run);
                }
            } catch (RemoteException e) {
                throw e.adding(progress(sent.size(), names.size()));
            }
            sent.put(name, (long) graph.size());
            if (sent.size() % 100 == 0) {
                notes.accept("pushed " + sent.size() + " of " + names.size() + " graphs");
            }
        }
        Map<String, Long> counted = verify && !names.isEmpty()
                ? retry.run(() -> remote.tripleCounts(names), counter, notes) : Map.of();
        return new Report(method, sent, counted, counter.retries(), Duration.ofNanos(System.nanoTime() - start));
    }
}
