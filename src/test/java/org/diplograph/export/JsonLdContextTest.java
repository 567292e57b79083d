package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.ontology.DG;
import org.diplograph.pipeline.Seed;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * {@code ontology/context.jsonld} is in step with the ontology — every dg: property has a term of its local
 * name with {@code @type @id} for object properties and the range's datatype otherwise — and JSON-LD output
 * embeds it, so that it reads without network access.
 */
class JsonLdContextTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    @Test
    void everyPropertyOfTheOntologyHasATermWithTheRightType() throws IOException {
        JsonObject context = Json.createReader(new StringReader(Files.readString(Path.of("ontology/context.jsonld"))))
                .readObject().getJsonObject("@context");
        Model ontology = RDFDataMgr.loadModel("ontology/diplograph.ttl");
        Set<String> problems = new TreeSet<>();
        for (Resource kind : new Resource[] {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}) {
            ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(p -> {
                if (!p.getURI().startsWith(DG.NS)) {
                    return;
                }
                String local = p.getURI().substring(DG.NS.length());
                // dg:cameo would take the name of the cameo: prefix; it keeps its prefixed name as its key.
                String key = local.equals("cameo") ? "dg:cameo" : local;
                JsonValue term = context.get(key);
                Resource range = p.getPropertyResourceValue(RDFS.range);
                String type = kind.equals(OWL.DatatypeProperty)
                        ? (range == null || range.getURI().equals(XSD + "string") ? null : "xsd:" + range.getLocalName())
                        : "@id";
                if (term == null) {
                    problems.add(key + ": no term");
                } else if (type == null && !(term.getValueType() == JsonValue.ValueType.STRING
                        && Json.createValue("dg:" + local).equals(term))) {
                    problems.add(key + ": should be \"dg:" + local + "\", is " + term);
                } else if (type != null && (!(term instanceof JsonObject o) || !type.equals(o.getString("@type", null))
                        || !key.equals("dg:cameo") && !("dg:" + local).equals(o.getString("@id", null)))) {
                    problems.add(key + ": should have @type " + type + ", is " + term);
                }
            });
        }
        context.values().forEach(v -> {
            String id = v instanceof JsonObject o ? o.getString("@id", "") : v.toString().replace("\"", "");
            if (id.startsWith("dg:") && !ontology.contains(ontology.createResource(DG.NS + id.substring(3)), RDF.type)) {
                problems.add(id + ": used in the context, not declared in the ontology");
            }
        });
        assertEquals(Set.of(), problems);
        for (String prefix : new String[] {"dg", "rdfs", "xsd", "prov", "dct", "skos"}) {
            assertTrue(context.containsKey(prefix), prefix);
        }
    }

    @Test
    void jsonLdOutputEmbedsTheContextAndUsesItsTerms() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.write(Seed.dataset().asDatasetGraph(), out, RdfOutput.forFile(Path.of("x.jsonld")), false);
        String json = out.toString(StandardCharsets.UTF_8);
        JsonObject doc = Json.createReader(new StringReader(json)).readObject();
        assertEquals(JsonLdWriter.context(), doc.getJsonObject("@context"), "the whole context, embedded");
        assertTrue(json.contains("\"date\": \"2021-12-13\""), "xsd:date values compacted by the context");
        assertTrue(json.contains("\"agent\": \"person:shah-mehmood-qureshi\""), "object properties as compact IRIs");
        assertTrue(json.contains("\"@id\": \"https://w3id.org/diplograph/graph/reference\""), "named graphs kept");
    }
}
