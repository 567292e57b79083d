package org.diplograph.ontology;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity scheme: every IRI Diplograph mints, derived only from stable facts so that running twice gives
 * the same graph and the same person or state in two articles is one node.
 * <ul>
 *   <li>articles: {@code id/article/<key>}, their graph {@code graph/article/<key>}, where the key is {@code id-} and
 *       the source's own id when it gave one (JSON Lines), otherwise the first 16 hex of the SHA-256 of the text
 *       (see {@code ArticleKeys})</li>
 *   <li>states {@code id/country/PAK}, organisations {@code id/org/NATO}, sources {@code id/source/ani}</li>
 *   <li>persons {@code id/person/<normalised name>}, roles below them</li>
 *   <li>gatherings {@code id/gathering/<year>/<content words>}</li>
 *   <li>events {@code id/event/<article>-<type>-<code point offset of the first evidence>}</li>
 * </ul>
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/diplograph/id/";
    public static final String GRAPHS = "https://w3id.org/diplograph/graph/";
    public static final String REFERENCE_GRAPH = GRAPHS + "reference";

    private Iris() {
    }

    public static String article(String articleKey) {
        return BASE + "article/" + articleKey;
    }

    public static String articleGraph(String articleKey) {
        return GRAPHS + "article/" + articleKey;
    }

    /** The IRI of an actor key of the model: "country:PAK", "org:UN", "person:wendy-sherman", "source:ani", … */
    public static String actor(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an actor key: " + key);
        }
        String kind = key.substring(0, colon);
        String id = key.substring(colon + 1);
        return switch (kind) {
            case "country", "org" -> BASE + kind + "/" + id;
            case "person", "delegation", "source" -> BASE + kind + "/" + slug(id);
            default -> throw new IllegalArgumentException("unknown actor kind in key " + key);
        };
    }

    public static String country(String iso3) {
        return BASE + "country/" + iso3;
    }

    public static String organization(String code) {
        return BASE + "org/" + code;
    }

    /** A gathering, by its key ("gathering:democracy-summit") and year when known. */
    public static String gathering(String key, Integer year) {
        String words = slug(key.substring(key.indexOf(':') + 1));
        return BASE + "gathering/" + (year == null ? "" : year + "/") + words;
    }

    public static String event(String articleKey, String typeLocalName, int begin) {
        return BASE + "event/" + articleKey + "-" + typeLocalName.toLowerCase(Locale.ROOT) + "-" + begin;
    }

    public static String evidence(String eventIri, int begin, int end) {
        return eventIri + "/evidence/" + begin + "-" + end;
    }

    public static String role(String personIri, String title, String country) {
        return personIri + "/role/" + slug(title) + (country == null ? "" : "-" + slug(country));
    }

    public static String place(String name) {
        return BASE + "place/" + slug(name);
    }

    public static String cameo(String code) {
        return DG.CAMEO + code;
    }

    /** Lower case ASCII letters, digits and hyphens. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
