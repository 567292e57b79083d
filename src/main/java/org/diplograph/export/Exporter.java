package org.diplograph.export;

import java.io.OutputStream;

import org.apache.jena.atlas.iterator.Iter;
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
 * get the union of all graphs, and {@link Written#mergeNote()} says so. JSON-LD is always compacted with
 * {@code ontology/context.jsonld}.
 */
public final class Exporter {

    private Exporter() {
    }

    /**
     * What was written: the named graphs and quads of the dataset, and the triples in the file (for formats
     * without graphs, their union: a triple stated in several graphs is written once).
     */
    public record Written(RdfOutput format, long graphs, long quads, long triples) {

        /**
         * For formats that cannot keep graphs, one line saying so and naming the lossless formats; else null.
         */
        public String mergeNote() {
            if (format.quads()) {
                return null;
            }
            return String.format(java.util.Locale.ROOT, "%s has no named graphs: the %,d graphs (%,d quads) were merged"
                    + " into one graph of %,d triples, losing which article states what; use .trig or .nq to keep"
                    + " them", format.name(), graphs, quads, triples);
        }
    }

    /** @param stream whether to use the streaming variant (for stores) rather than the pretty one */
    public static Written write(DatasetGraph dataset, OutputStream out, RdfOutput format, boolean stream) {
        long graphs = Iter.count(dataset.listGraphNodes());
        long quads = Iter.count(dataset.find());
        if (format.quads()) {
            writeQuads(dataset, out, format, stream);
            return new Written(format, graphs, quads, quads);
        }
        return new Written(format, graphs, quads, writeUnion(dataset, out, format, stream));
    }

    private static void writeQuads(DatasetGraph dataset, OutputStream out, RdfOutput format, boolean stream) {
        PrefixMapping prefixes = Prefixes.mapping();
        if (format.extension().equals("jsonld")) {
            JsonLdWriter.write(dataset, out);
        } else if (stream && StreamRDFWriter.registered(format.streaming())) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming());
            writer.start();
            prefixes.getNsPrefixMap().forEach(writer::prefix);
            dataset.find().forEachRemaining(writer::quad);
            writer.finish();
        } else {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            copy.addAll(dataset);
            copy.prefixes().putAll(prefixes.getNsPrefixMap());
            RDFDataMgr.write(out, copy, format.pretty());
        }
    }

    /** Writes the union of the graphs; returns the number of triples written. */
    private static long writeUnion(DatasetGraph dataset, OutputStream out, RdfOutput format, boolean stream) {
        PrefixMapping prefixes = Prefixes.mapping();
        long[] triples = new long[1];
        if (stream && format.pretty().getLang().equals(org.apache.jena.riot.Lang.RDFXML)) {
            RdfXmlStreamWriter writer = new RdfXmlStreamWriter(out, prefixes);
            writer.start();
            dataset.getUnionGraph().find().forEachRemaining(t -> {
                writer.triple(t);
                triples[0]++;
            });
            writer.finish();
        } else if (stream && StreamRDFWriter.registered(format.streaming())) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, format.streaming());
            writer.start();
            prefixes.getNsPrefixMap().forEach(writer::prefix);
            dataset.getUnionGraph().find().forEachRemaining(t -> {
                writer.triple(t);
                triples[0]++;
            });
            writer.finish();
        } else {
            Graph union = GraphMemFactory.createDefaultGraph();
            dataset.getUnionGraph().find().forEachRemaining(union::add);
            union.getPrefixMapping().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, union, format.pretty());
            triples[0] = union.size();
        }
        return triples[0];
    }
}
