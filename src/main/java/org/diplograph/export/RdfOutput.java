package org.diplograph.export;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.RDFFormat;

/**
 * An output format chosen from a file extension. Formats without named graphs (Turtle, N-Triples, RDF/XML) get
 * the union of all graphs.
 *
 * @param streaming the streaming variant of the format, for large stores
 */
public record RdfOutput(String extension, RDFFormat pretty, RDFFormat streaming, boolean quads) {

    public static final String SUPPORTED = ".ttl, .trig, .nt, .nq, .jsonld, .rdf";

    /** The format for a file name, or null when the extension is not supported. */
    public static RdfOutput forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "ttl" -> new RdfOutput(ext, RDFFormat.TURTLE_PRETTY, RDFFormat.TURTLE_BLOCKS, false);
            case "trig" -> new RdfOutput(ext, RDFFormat.TRIG_PRETTY, RDFFormat.TRIG_BLOCKS, true);
            case "nt" -> new RdfOutput(ext, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES, false);
            case "nq" -> new RdfOutput(ext, RDFFormat.NQUADS, RDFFormat.NQUADS, true);
            case "jsonld" -> new RdfOutput(ext, RDFFormat.JSONLD11, RDFFormat.JSONLD11, true);
            case "rdf", "xml", "owl" -> new RdfOutput(ext, RDFFormat.RDFXML_PRETTY, RDFFormat.RDFXML_PLAIN, false);
            default -> null;
        };
    }

    /** The format's usual name: "Turtle", "TriG", "N-Triples", "N-Quads", "JSON-LD", "RDF/XML". */
    public String name() {
        return switch (extension) {
            case "ttl" -> "Turtle";
            case "trig" -> "TriG";
            case "nt" -> "N-Triples";
            case "nq" -> "N-Quads";
            case "jsonld" -> "JSON-LD";
            default -> "RDF/XML";
        };
    }

    public static RdfOutput trig() {
        return forFile(Path.of("out.trig"));
    }
}
