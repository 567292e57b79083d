package org.diplograph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The diplomatic event types Diplograph extracts, each with the ontology class name and its CAMEO code.
 * The ontology ({@code ontology/diplograph.ttl}) documents every type with an example sentence.
 */
public enum EventType {
    STATEMENT("Statement", "010", "statement", null),
    APPEAL("Appeal", "020", "appeal", null),
    INTENT_TO_COOPERATE("IntentToCooperate", "030", "intent to cooperate", null),
    INVITATION("Invitation", "036", "invitation", null),
    CONSULTATION("Consultation", "040", "consultation", null),
    PHONE_CALL("PhoneCall", "041", "phone call", CONSULTATION),
    VISIT("Visit", "042", "visit", CONSULTATION),
    MEETING("Meeting", "040", "meeting", CONSULTATION),
    MEDIATION("Mediation", "045", "mediation", CONSULTATION),
    NEGOTIATION("Negotiation", "046", "negotiation", CONSULTATION),
    DIPLOMATIC_COOPERATION("DiplomaticCooperation", "050", "diplomatic cooperation", null),
    PRAISE("Praise", "051", "praise", DIPLOMATIC_COOPERATION),
    AGREEMENT("Agreement", "057", "agreement", DIPLOMATIC_COOPERATION),
    DEMAND("Demand", "100", "demand", null),
    DISAPPROVAL("Disapproval", "110", "disapproval", null),
    ACCUSATION("Accusation", "112", "accusation", DISAPPROVAL),
    REJECTION("Rejection", "120", "rejection", null),
    DECLINED_INVITATION("DeclinedInvitation", "125", "declined invitation", REJECTION),
    THREAT("Threat", "130", "threat", null),
    REDUCED_RELATIONS("ReducedRelations", "160", "reduced relations", null),
    SANCTION("Sanction", "163", "sanction", null),
    MATERIAL_COOPERATION("MaterialCooperation", "060", "material cooperation", null),
    AID("Aid", "070", "aid", null),
    YIELD("Yield", "080", "yielding", null),
    INVESTIGATION("Investigation", "090", "investigation", null),
    PROTEST("Protest", "140", "protest", null),
    FORCE_POSTURE("ForcePosture", "150", "force posture", null),
    COERCION("Coercion", "170", "coercion", null),
    ASSAULT("Assault", "180", "assault", null),
    FIGHT("Fight", "190", "fight", null),
    MASS_VIOLENCE("MassViolence", "200", "mass violence", null);

    private final String localName;
    private final String cameo;
    private final String label;
    private final EventType parent;

    EventType(String localName, String cameo, String label, EventType parent) {
        this.localName = localName;
        this.cameo = cameo;
        this.label = label;
        this.parent = parent;
    }

    /** An English noun for the type: "phone call". */
    public String label() {
        return label;
    }

    /** The ontology class name, e.g. "PhoneCall". */
    public String localName() {
        return localName;
    }

    /** The CAMEO code events of this type get unless a more specific one applies. */
    public String cameo() {
        return cameo;
    }

    public EventType parent() {
        return parent;
    }

    /** The type two mentions of one event have: the more specific when one refines the other, else empty. */
    public Optional<EventType> unify(EventType other) {
        if (this == other || other.parent == this) {
            return Optional.of(other);
        }
        if (parent == other) {
            return Optional.of(this);
        }
        return Optional.empty();
    }

    /** The five types every event extractor must cover: calls, meetings, visits, invitations and their refusals. */
    public boolean core() {
        return this == PHONE_CALL || this == MEETING || this == VISIT || this == INVITATION || this == DECLINED_INVITATION;
    }

    public static Optional<EventType> byLocalName(String name) {
        return Arrays.stream(values()).filter(t -> t.localName.equals(name)).findFirst();
    }
}
