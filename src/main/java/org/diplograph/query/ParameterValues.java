package org.diplograph.query;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.diplograph.rdf.Prefixes;

/**
 * Checks the raw values given for a query's parameters ({@code -p state=Pakistan}) against their declared types
 * and turns them into RDF terms: a state becomes its ISO code, a date an xsd:date, an IRI an IRI. A value that
 * does not fit is refused with one line naming the forms the parameter accepts.
 */
public final class ParameterValues {

    private static final Pattern DAY = Pattern.compile("\"?(\\d{4}-\\d{2}-\\d{2})\"?(\\^\\^(xsd:date|<http://www\\.w3\\.org/2001/XMLSchema#date>))?");
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:\\S+");

    private ParameterValues() {
    }

    /**
     * The terms to bind, by variable name.
     *
     * @param raw    variable name → value as the user wrote it
     * @param states the state names, asked for only when a state parameter is given
     */
    public static Map<String, Node> resolve(NamedQuery q, Query parsed, Map<String, String> raw,
                                            Supplier<StateNames> states) throws QueryException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String name = e.getKey();
            Parameter declared = q.parameter(name);
            if (declared == null && !QueryRunner.variables(parsed).contains(name)) {
                throw new QueryException(q.source() + " has no parameter ?" + name
                        + (q.parameters().isEmpty() ? "" : " (it takes: ?" + String.join(", ?", q.parameterNames()) + ")"));
            }
            Parameter.Type type = declared == null ? Parameter.Type.TEXT : declared.type();
            String where = q.source() + ": ?" + name;
            out.put(name, switch (type) {
                case STATE -> state(where, e.getValue(), states.get());
                case DATE -> date(where, e.getValue());
                case IRI -> iri(where, e.getValue(), parsed.getPrefixMapping());
                case TEXT -> text(where, e.getValue(), parsed.getPrefixMapping());
            });
        }
        Node from = out.get("from");
        Node to = out.get("to");
        if (from != null && to != null && isDate(q, "from") && isDate(q, "to")
                && from.getLiteralLexicalForm().compareTo(to.getLiteralLexicalForm()) > 0) {
            throw new ParameterException(q.source() + ": ?from (" + from.getLiteralLexicalForm() + ") is after ?to ("
                    + to.getLiteralLexicalForm() + ")");
        }
        return out;
    }

    private static boolean isDate(NamedQuery q, String name) {
        Parameter p = q.parameter(name);
        return p != null && p.type() == Parameter.Type.DATE;
    }

    /** An ISO code as a plain string literal; a name or demonym is resolved to the code. */
    static Node state(String where, String raw, StateNames states) throws ParameterException {
        String text = raw.strip();
        Set<String> codes = text.isEmpty() ? Set.of() : states.codes(text);
        if (codes.size() == 1) {
            return NodeFactory.createLiteralString(codes.iterator().next());
        }
        if (codes.size() > 1) {
            throw new ParameterException(where + ": '" + text + "' may be "
                    + String.join(" or ", codes.stream().map(c -> c + " (" + states.name(c) + ")").toList())
                    + "; give the ISO 3166-1 alpha-3 code");
        }
        List<String> similar = states.similar(text, 3);
        throw new ParameterException(where + ": '" + text + "' is not a state Diplograph knows; give an ISO 3166-1"
                + " alpha-3 code (PAK), an English name (Pakistan) or a demonym (Pakistani)"
                + (similar.isEmpty() ? "" : "; did you mean " + String.join(", ", similar) + "?"));
    }

    /** A real day as YYYY-MM-DD (or that as an xsd:date literal), as an xsd:date. */
    static Node date(String where, String raw) throws ParameterException {
        String text = raw.strip();
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            throw new ParameterException(where + ": '" + text + "' is not a date; give a day as YYYY-MM-DD, e.g. 2021-12-01");
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1), STRICT_DAY);
            return NodeFactory.createLiteralDT(day.toString(), XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            throw new ParameterException(where + ": '" + text + "' is not a day of the calendar; give a real day as"
                    + " YYYY-MM-DD, e.g. 2021-12-01");
        }
    }

    /** An IRI: in angle brackets, absolute, or with a prefix of the query or of Diplograph's output (event:…). */
    static Node iri(String where, String raw, PrefixMapping queryPrefixes) throws ParameterException {
        String text = raw.strip();
        String iri = null;
        if (text.startsWith("<") && text.endsWith(">")) {
            iri = text.substring(1, text.length() - 1);
        } else {
            int colon = text.indexOf(':');
            String prefix = colon > 0 ? text.substring(0, colon) : null;
            PrefixMapping known = Prefixes.mapping();
            known.setNsPrefixes(queryPrefixes);
            if (prefix != null && known.getNsPrefixURI(prefix) != null && !text.contains(" ")) {
                iri = known.expandPrefix(text);
            } else if (SCHEME.matcher(text).matches()) {
                iri = text;
            }
        }
        try {
            if (iri != null && IRIx.create(iri).isAbsolute() && !iri.matches(".*[\\s<>\"{}|\\\\^`].*")) {
                return NodeFactory.createURI(iri);
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new ParameterException(where + ": '" + text + "' is not an IRI; give it in angle brackets"
                + " (<https://w3id.org/diplograph/id/event/…>) or with a prefix (event:…)");
    }

    /** An IRI (in angle brackets, absolute, or prefixed), an RDF term in quotes, or else a plain string. */
    static Node text(String where, String raw, PrefixMapping prefixes) throws ParameterException {
        String v = raw.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return iri(where, v, prefixes);
        }
        if (v.matches("(?i)(https?|urn):\\S+")) {
            return NodeFactory.createURI(v);
        }
        if (v.startsWith("\"")) {
            try {
                return NodeFactoryExtra.parseNode(v, PrefixMapFactory.create(prefixes));
            } catch (RuntimeException e) {
                throw new ParameterException(where + ": cannot read the value " + raw + " (" + e.getMessage() + ")");
            }
        }
        int colon = v.indexOf(':');
        if (colon > 0 && prefixes.getNsPrefixURI(v.substring(0, colon)) != null && !v.contains(" ")) {
            return NodeFactory.createURI(prefixes.expandPrefix(v));
        }
        return NodeFactory.createLiteralString(v);
    }
}
