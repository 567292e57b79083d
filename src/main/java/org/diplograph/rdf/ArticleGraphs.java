package org.diplograph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.DiplomaticEvent;
import org.diplograph.model.Extraction;
import org.diplograph.model.Gathering;
import org.diplograph.model.Modality;
import org.diplograph.model.OriginalText;
import org.diplograph.model.Polarity;
import org.diplograph.model.Role;
import org.diplograph.model.TextSpan;
import org.diplograph.model.TimeSpan;
import org.diplograph.ontology.DG;
import org.diplograph.ontology.Iris;

/**
 * Writes an extraction as the named graph of its article: the article, its events with evidence, and what the
 * article says about persons, delegations, sources and gatherings. States and organisations are only referred
 * to; their names and codes live in the reference graph ({@link ReferenceGraph}).
 */
public final class ArticleGraphs {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    private ArticleGraphs() {
    }

    public static ArticleGraph of(Extraction x, String articleKey) {
        Article article = x.source();
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        String text = article.text();
        Resource doc = m.createResource(Iris.article(articleKey))
                .addProperty(RDF.type, DG.Article)
                .addProperty(DCTerms.identifier, article.id())
                .addProperty(RDFS.label, article.headline() != null ? article.headline() : article.id());
        if (article.published() != null) {
            doc.addLiteral(DCTerms.date, date(m, article.published()));
        }
        if (article.headline() != null) {
            doc.addProperty(DCTerms.title, article.headline());
        }
        Map<String, Actor> actors = x.actors().stream().collect(Collectors.toMap(Actor::key, Function.identity()));
        if (article.dateline() != null) {
            Resource place = m.createResource(Iris.place(article.dateline().place()))
                    .addProperty(RDF.type, DG.Place)
                    .addProperty(RDFS.label, article.dateline().place());
            String country = actors.values().stream()
                    .filter(a -> a.kind() == ActorKind.COUNTRY && a.label().equalsIgnoreCase(
                            article.dateline().country() == null ? "" : article.dateline().country()))
                    .map(Actor::code).findFirst().orElse(null);
            if (country != null) {
                place.addProperty(DG.inCountry, m.createResource(Iris.country(country)));
            }
            doc.addProperty(DG.dateline, place);
        }
        for (Actor a : x.actors()) {
            describe(m, a, actors);
            if (a.kind() == ActorKind.NEWS_SOURCE && article.agency() != null
                    && (a.label().equalsIgnoreCase(article.agency()) || article.agency().equalsIgnoreCase(a.code()))) {
                doc.addProperty(DG.reportedBy, m.createResource(Iris.actor(a.key())));
            }
        }
        for (String cited : x.cited()) {
            doc.addProperty(DG.cites, m.createResource(Iris.actor(cited)));
        }
        Map<String, Gathering> gatherings = x.gatherings().stream()
                .collect(Collectors.toMap(Gathering::key, Function.identity()));
        for (Gathering g : x.gatherings()) {
            gathering(m, g, article);
        }
        Set<String> minted = new HashSet<>();
        for (DiplomaticEvent e : x.events()) {
            event(m, e, doc, article, articleKey, gatherings, actors, minted);
        }
        return new ArticleGraph(Iris.articleGraph(articleKey), doc.getURI(), article.id(), m);
    }

    private static void describe(Model m, Actor a, Map<String, Actor> actors) {
        Resource r = m.createResource(Iris.actor(a.key()));
        switch (a.kind()) {
            case PERSON -> {
                r.addProperty(RDF.type, DG.Person).addProperty(RDFS.label, a.label());
                if (a.represents() != null) {
                    r.addProperty(DG.represents, m.createResource(party(a.represents(), actors)));
                }
                for (Role role : a.roles()) {
                    Resource node = m.createResource(Iris.role(r.getURI(), role.title(), role.country()))
                            .addProperty(RDF.type, DG.Role)
                            .addProperty(DG.title, role.title())
                            .addProperty(RDFS.label, role.title());
                    if (role.country() != null) {
                        node.addProperty(DG.ofCountry, m.createResource(party(role.country(), actors)));
                    }
                    r.addProperty(DG.holdsRole, node);
                }
            }
            case DELEGATION -> {
                r.addProperty(RDF.type, DG.Delegation).addProperty(RDFS.label, a.label());
                if (a.represents() != null) {
                    r.addProperty(DG.represents, m.createResource(Iris.country(a.represents())));
                }
            }
            case NEWS_SOURCE -> {
                r.addProperty(RDF.type, DG.NewsSource).addProperty(RDFS.label, a.label());
                if (a.code() != null) {
                    r.addProperty(DG.code, a.code());
                }
                if (a.represents() != null) {
                    r.addProperty(DG.basedIn, m.createResource(Iris.country(a.represents())));
                }
            }
            default -> {
                // states and organisations are described in the reference graph
            }
        }
    }

    /** A code of a state or organisation the extraction refers to, as the IRI of that actor. */
    private static String party(String code, Map<String, Actor> actors) {
        return actors.containsKey("org:" + code) && !actors.containsKey("country:" + code)
                ? Iris.organization(code) : Iris.country(code);
    }

    private static void gathering(Model m, Gathering g, Article article) {
        Resource r = m.createResource(gatheringIri(g, article))
                .addProperty(RDF.type, DG.Gathering)
                .addProperty(RDFS.label, g.label());
        switch (g.kind()) {
            case SUMMIT -> r.addProperty(RDF.type, DG.Summit);
            case CONFERENCE -> r.addProperty(RDF.type, DG.Conference);
            case OTHER -> {
            }
        }
        if (g.organizer() != null) {
            r.addProperty(DG.organizer, m.createResource(Iris.actor(g.organizer())));
        }
        if (g.virtual()) {
            r.addLiteral(DG.virtual, m.createTypedLiteral(true));
        }
        time(m, r, g.time());
    }

    static String gatheringIri(Gathering g, Article article) {
        Integer year = g.time() != null && g.time().earliest() != null ? Integer.valueOf(g.time().earliest().getYear())
                : article != null && article.published() != null ? Integer.valueOf(article.published().getYear()) : null;
        return Iris.gathering(g.key(), year);
    }

    private static void event(Model m, DiplomaticEvent e, Resource doc, Article article, String articleKey,
                              Map<String, Gathering> gatherings, Map<String, Actor> actors, Set<String> minted) {
        OriginalText original = article.original();
        String text = original.text();
        TextSpan anchor = e.anchor();
        String iri = Iris.event(articleKey, e.type().localName(), codePoints(text, original.begin(anchor.begin())));
        String unique = iri;
        for (int n = 2; !minted.add(unique); n++) {
            unique = iri + "-" + n;
        }
        Resource r = m.createResource(unique)
                .addProperty(RDF.type, DG.eventClass(e.type().localName()))
                .addProperty(RDFS.label, label(e, actors))
                .addProperty(DG.cameoCode, e.cameo())
                .addProperty(DG.cameoType, m.createResource(Iris.cameo(e.cameo())))
                .addProperty(m.createProperty(PROV + "wasDerivedFrom"), doc)
                .addLiteral(DG.confidence, m.createTypedLiteral(BigDecimal.valueOf(e.confidence())));
        if (e.rule() != null) {
            r.addProperty(DG.codingRule, e.rule());
        }
        if (e.reverseCameo() != null) {
            r.addProperty(DG.reverseCameoCode, e.reverseCameo());
        }
        e.agents().forEach(a -> r.addProperty(DG.agent, m.createResource(Iris.actor(a))));
        e.counterparts().forEach(a -> r.addProperty(DG.counterpart, m.createResource(Iris.actor(a))));
        e.participants().forEach(a -> r.addProperty(DG.participant, m.createResource(Iris.actor(a))));
        statesTakingPart(e, actors).forEach(code -> r.addProperty(DG.participantIso3, code));
        if (e.about() != null && gatherings.containsKey(e.about())) {
            r.addProperty(DG.about, m.createResource(gatheringIri(gatherings.get(e.about()), article)));
        }
        if (e.polarity() == Polarity.NEGATED) {
            r.addProperty(DG.polarity, DG.Negated);
        }
        if (e.modality() == Modality.PLANNED) {
            r.addProperty(DG.modality, DG.Planned);
        } else if (e.modality() == Modality.HYPOTHETICAL) {
            r.addProperty(DG.modality, DG.Hypothetical);
        }
        if (e.source() != null) {
            r.addProperty(DG.accordingTo, m.createResource(Iris.actor(e.source())));
        }
        time(m, r, e.time());
        for (TextSpan span : e.evidence()) {
            // offsets and quote from the file's own text, also where invisible characters were taken out of it
            int from = original.begin(span.begin());
            int to = Math.max(from, original.end(span.end()));
            int b = codePoints(text, from);
            int end = codePoints(text, to);
            r.addProperty(DG.evidence, m.createResource(Iris.evidence(unique, b, end))
                    .addProperty(RDF.type, DG.Evidence)
                    .addProperty(DG.quote, text.substring(from, to))
                    .addLiteral(DG.begin, m.createTypedLiteral(BigDecimal.valueOf(b).toBigInteger()))
                    .addLiteral(DG.end, m.createTypedLiteral(BigDecimal.valueOf(end).toBigInteger())));
        }
    }

    /**
     * The ISO codes of the states taking part in an event, themselves or through a person or delegation that
     * represents them in this article: what {@code dg:participant / dg:represents? / dg:iso3} gives within the
     * article's graph, written out so that queries select events by state with one triple pattern.
     */
    static Set<String> statesTakingPart(DiplomaticEvent e, Map<String, Actor> actors) {
        Set<String> codes = new java.util.TreeSet<>();
        for (String key : e.participants()) {
            Actor a = actors.get(key);
            if (a == null) {
                if (key.startsWith("country:")) {
                    codes.add(key.substring("country:".length()));
                }
            } else if (a.kind() == ActorKind.COUNTRY) {
                codes.add(a.code());
            } else if (a.kind() == ActorKind.DELEGATION && a.represents() != null) {
                codes.add(a.represents());
            } else if (a.kind() == ActorKind.PERSON && a.represents() != null
                    && party(a.represents(), actors).equals(Iris.country(a.represents()))) {
                codes.add(a.represents());
            }
        }
        return codes;
    }

    private static void time(Model m, Resource r, TimeSpan t) {
        if (t == null) {
            return;
        }
        if (t.exactDay() != null) {
            r.addLiteral(DG.date, date(m, t.exactDay()));
        } else {
            if (t.earliest() != null) {
                r.addLiteral(DG.earliest, date(m, t.earliest()));
            }
            if (t.latest() != null) {
                r.addLiteral(DG.latest, date(m, t.latest()));
            }
        }
        if (t.expression() != null) {
            r.addProperty(DG.timeExpression, t.expression());
            if (!t.resolved()) {
                r.addLiteral(DG.timeUnresolved, m.createTypedLiteral(true));
            }
        }
    }

    /** "Phone call: Raychelle Omamo, Sergey Lavrov". */
    private static String label(DiplomaticEvent e, Map<String, Actor> actors) {
        String type = e.type().label();
        String who = String.join(", ", e.participants().stream()
                .map(k -> actors.containsKey(k) ? actors.get(k).label() : k.substring(k.indexOf(':') + 1)).toList());
        String prefix = e.polarity() == Polarity.NEGATED ? "no " : e.modality() == Modality.PLANNED ? "planned "
                : e.modality() == Modality.HYPOTHETICAL ? "possible " : "";
        return capitalise(prefix + type) + (who.isEmpty() ? "" : ": " + who);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    /** Offsets in the RDF count Unicode code points from the start of the file. */
    static int codePoints(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
