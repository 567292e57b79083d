package org.diplograph.export;

import java.io.OutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.rdf.Prefixes;

/**
 * Writes a dataset in the format of an {@link RdfOutput}. For stores ({@code stream}), every format is
 * written without holding the store in memory: N-Quads, N-Triples, TriG and Turtle quad by quad, RDF/XML
 * subject by subject, JSON-LD graph by graph. Pretty formats are for small outputs. Formats without named graphs
 * get the union of all graphs. JSON-LD is always compacted with {@code ontology/context.jsonld}.
 */
public final class Exporter {

    private Exporter() {
    }

    /** @param stream whether to use the streaming variant (for stores) rather than the pretty one */
    public static void write(DatasetGraph dataset, OutputStream out, RdfOutput format, boolean stream) {
        PrefixMapping prefixes = Prefixes.mapping();
        if (format.extension().equals("jsonld")) {
            JsonLdWriter.write(dataset, out);
            return;
        }
        if (stream && !format.quads() && format.pretty().getLang().equals(org.apache.jena.riot.Lang.RDFXML)) {
            RdfXmlStreamWriter writer = new RdfXmlStreamWriter(out, prefixes);
            writer.start();
            dataset.getUnionGraph().find().forEachRemaining(writer::triple);
            writer.finish();
            return;
        }
        if (stream && StreamRDFWriter.registered(format.streaming())) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming());
            writer.start();
            prefixes.getNsPrefixMap().forEach(writer::prefix);
            if (format.quads()) {
                dataset.find().forEachRemaining(writer::quad);
            } else {
                dataset.getUnionGraph().find().forEachRemaining(writer::triple);
            }
            writer.finish();
            return;
        }
        if (format.quads()) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            copy.addAll(dataset);
            copy.prefixes().putAll(prefixes.getNsPrefixMap());
            RDFDataMgr.write(out, copy, format.pretty());
        } else {
            Graph union = GraphMemFactory.createDefaultGraph();
            dataset.getUnionGraph().find().forEachRemaining(union::add);
            union.getPrefixMapping().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, union, format.pretty());
        }
    }
}
