package org.diplograph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes JSON-LD compacted with Diplograph's context ({@code ontology/context.jsonld}), which is embedded in the
 * output so that it reads without network access. One graph at a time is compacted (Titanium, the JSON-LD 1.1
 * processor Jena uses) and written, so memory holds the largest graph, not the store:
 * <pre>
 * { "@context": { … }, "@graph": [ { "@id": "https://w3id.org/diplograph/graph/reference", "@graph": [ … ] }, … ] }
 * </pre>
 */
public final class JsonLdWriter {

    private static final JsonObject CONTEXT = loadContext();

    private JsonLdWriter() {
    }

    /** The {@code @context} object of {@code ontology/context.jsonld}. */
    public static JsonObject context() {
        return CONTEXT;
    }

    private static JsonObject loadContext() {
        try (InputStream in = JsonLdWriter.class.getResourceAsStream("/ontology/context.jsonld")) {
            if (in == null) {
                throw new IllegalStateException("ontology/context.jsonld is missing from the class path");
            }
            return Json.createReader(in).readObject().getJsonObject("@context");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ontology/context.jsonld", e);
        }
    }

    public static void write(DatasetGraph dataset, OutputStream out) {
        JsonWriterFactory pretty = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("{\n\"@context\": ");
            w.write(json(pretty, CONTEXT));
            w.write(",\n\"@graph\": [");
            boolean first = true;
            for (JsonValue node : compact(dataset.getDefaultGraph().find())) {
                w.write(first ? "\n" : ",\n");
                w.write(json(pretty, node));
                first = false;
            }
            for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                List<JsonValue> nodes = compact(dataset.getGraph(name).find());
                if (nodes.isEmpty()) {
                    continue;
                }
                JsonObject graph = Json.createObjectBuilder().add("@id", name.getURI())
                        .add("@graph", Json.createArrayBuilder(nodes)).build();
                w.write(first ? "\n" : ",\n");
                w.write(json(pretty, graph));
                first = false;
            }
            w.write("\n]\n}\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(JsonWriterFactory factory, JsonValue value) {
        StringWriter s = new StringWriter();
        try (var writer = factory.createWriter(s)) {
            writer.write(value);
        }
        return s.toString().strip();
    }

    /** The node objects of one graph, compacted with the context. */
    private static List<JsonValue> compact(Iterator<Triple> triples) {
        if (!triples.hasNext()) {
            return List.of();
        }
        try {
            QuadsToJsonld rdf = JsonLd.fromRdf();
            rdf.mode(JsonLdVersion.V1_1);
            while (triples.hasNext()) {
                Triple t = triples.next();
                String s = term(t.getSubject());
                String p = term(t.getPredicate());
                Node o = t.getObject();
                if (o.isLiteral()) {
                    // Titanium reads a null datatype as "the object is an IRI": always pass it.
                    String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
                    rdf.quad(s, p, o.getLiteralLexicalForm(), o.getLiteralDatatypeURI(), lang, null, null);
                } else {
                    rdf.quad(s, p, term(o), null, null, null, null);
                }
            }
            JsonArray expanded = rdf.toJsonLd();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(Json.createObjectBuilder().add("@context", CONTEXT).build())).get();
            if (compacted.containsKey("@graph")) {
                return List.copyOf(compacted.getJsonArray("@graph"));
            }
            JsonObject node = Json.createObjectBuilder(compacted).remove("@context").build();
            return node.isEmpty() ? List.of() : List.of(node);
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private static String term(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        throw new IllegalArgumentException("JSON-LD cannot hold this term: " + n);
    }

}
