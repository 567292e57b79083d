package org.diplograph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Diplograph vocabulary ({@code ontology/diplograph.ttl}), as constants. A test loads the ontology and
 * checks that every constant here is declared there.
 */
public final class DG {

    public static final String NS = "https://w3id.org/diplograph/ontology#";
    public static final String CAMEO = "https://w3id.org/diplograph/cameo/";

    private DG() {
    }

    private static Resource type(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    /** The class of an event type, by its local name ("PhoneCall"). */
    public static Resource eventClass(String localName) {
        return type(localName);
    }

    public static final Resource Article = type("Article");
    public static final Resource Evidence = type("Evidence");
    public static final Resource Place = type("Place");
    public static final Resource Actor = type("Actor");
    public static final Resource Country = type("Country");
    public static final Resource InternationalOrganization = type("InternationalOrganization");
    public static final Resource Person = type("Person");
    public static final Resource Delegation = type("Delegation");
    public static final Resource NewsSource = type("NewsSource");
    public static final Resource NewsAgency = type("NewsAgency");
    public static final Resource Role = type("Role");
    public static final Resource Gathering = type("Gathering");
    public static final Resource Summit = type("Summit");
    public static final Resource Conference = type("Conference");
    public static final Resource DiplomaticEvent = type("DiplomaticEvent");
    public static final Resource Negated = type("Negated");
    public static final Resource Planned = type("Planned");
    public static final Resource Hypothetical = type("Hypothetical");

    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property counterpart = property("counterpart");
    public static final Property about = property("about");
    public static final Property cameoType = property("cameoType");
    public static final Property evidence = property("evidence");
    public static final Property polarity = property("polarity");
    public static final Property modality = property("modality");
    public static final Property accordingTo = property("accordingTo");
    public static final Property represents = property("represents");
    public static final Property holdsRole = property("holdsRole");
    public static final Property ofCountry = property("ofCountry");
    public static final Property organizer = property("organizer");
    public static final Property dateline = property("dateline");
    public static final Property reportedBy = property("reportedBy");
    public static final Property cites = property("cites");
    public static final Property inCountry = property("inCountry");
    public static final Property basedIn = property("basedIn");
    public static final Property cameoCode = property("cameoCode");
    public static final Property participantIso3 = property("participantIso3");
    public static final Property confidence = property("confidence");
    public static final Property codingRule = property("codingRule");
    public static final Property reverseCameoCode = property("reverseCameoCode");
    public static final Property quote = property("quote");
    public static final Property begin = property("begin");
    public static final Property end = property("end");
    public static final Property date = property("date");
    public static final Property earliest = property("earliest");
    public static final Property latest = property("latest");
    public static final Property timeExpression = property("timeExpression");
    public static final Property timeUnresolved = property("timeUnresolved");
    public static final Property iso3 = property("iso3");
    public static final Property code = property("code");
    public static final Property title = property("title");
    public static final Property virtual = property("virtual");
}
