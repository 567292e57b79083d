package org.diplograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * Streams triples as RDF/XML, one {@code rdf:Description} per run of triples with the same subject, so that
 * exporting a large store does not hold it in memory (Jena's RDF/XML writers take a whole graph). Namespaces
 * of the prefix mapping are declared once; a predicate in another namespace declares it on its element.
 */
final class RdfXmlStreamWriter {

    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static final String LANG_STRING = RDF + "langString";

    private final Writer out;
    private final Map<String, String> namespaces = new LinkedHashMap<>();
    private Node subject;

    RdfXmlStreamWriter(OutputStream out, PrefixMapping prefixes) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        namespaces.put(RDF, "rdf");
        prefixes.getNsPrefixMap().forEach((prefix, uri) -> {
            if (!prefix.isEmpty() && !uri.equals(RDF) && !namespaces.containsKey(uri)) {
                namespaces.put(uri, prefix);
            }
        });
    }

    void start() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF");
        namespaces.forEach((uri, prefix) -> s.append("\n    xmlns:").append(prefix).append("=\"").append(attr(uri)).append('"'));
        s.append(">\n");
        emit(s);
    }

    void triple(Triple t) {
        StringBuilder s = new StringBuilder();
        if (!t.getSubject().equals(subject)) {
            if (subject != null) {
                s.append("  </rdf:Description>\n");
            }
            subject = t.getSubject();
            s.append("  <rdf:Description ").append(node("about", subject)).append(">\n");
        }
        String[] name = qname(t.getPredicate().getURI());
        s.append("    <").append(name[0]).append(name[1]);
        Node o = t.getObject();
        if (o.isURI() || o.isBlank()) {
            s.append(' ').append(node("resource", o)).append("/>\n");
        } else if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String type = o.getLiteralDatatypeURI();
            if (!lang.isEmpty()) {
                s.append(" xml:lang=\"").append(attr(lang)).append('"');
            } else if (type != null && !type.equals(XSD_STRING) && !type.equals(LANG_STRING)) {
                s.append(" rdf:datatype=\"").append(attr(type)).append('"');
            }
            s.append('>').append(text(o.getLiteralLexicalForm())).append("</").append(name[0]).append(">\n");
        } else {
            throw new IllegalArgumentException("RDF/XML cannot hold the object " + o);
        }
        emit(s);
    }

    void finish() {
        emit(new StringBuilder(subject == null ? "" : "  </rdf:Description>\n").append("</rdf:RDF>\n"));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void emit(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code rdf:about="…"} / {@code rdf:resource="…"}, or {@code rdf:nodeID="…"} for a blank node. */
    private static String node(String attribute, Node n) {
        if (n.isBlank()) {
            return "rdf:nodeID=\"b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9_.-]", "_") + "\"";
        }
        return "rdf:" + attribute + "=\"" + attr(n.getURI()) + "\"";
    }

    /** The element name of a predicate, and an inline namespace declaration when it needs one. */
    private String[] qname(String iri) {
        int split = iri.length();
        while (split > 0 && nameChar(iri.charAt(split - 1))) {
            split--;
        }
        while (split < iri.length() && !nameStart(iri.charAt(split))) {
            split++;
        }
        if (split >= iri.length()) {
            throw new IllegalArgumentException("RDF/XML cannot name the property <" + iri + ">");
        }
        String ns = iri.substring(0, split);
        String prefix = namespaces.get(ns);
        if (prefix != null) {
            return new String[] {prefix + ":" + iri.substring(split), ""};
        }
        return new String[] {"ns0:" + iri.substring(split), " xmlns:ns0=\"" + attr(ns) + "\""};
    }

    private static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static String text(String s) {
        check(s);
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;");
    }

    private static String attr(String s) {
        check(s);
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;")
                .replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** XML 1.0 cannot carry most control characters, not even escaped. */
    private static void check(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                throw new IllegalArgumentException("RDF/XML cannot hold the control character U+"
                        + String.format("%04X", (int) c) + " in \"" + s.substring(0, Math.min(40, s.length())) + "\"");
            }
        }
    }
}
