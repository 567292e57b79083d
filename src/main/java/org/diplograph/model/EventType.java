package org.diplograph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The diplomatic event types Diplograph extracts, each with the ontology class name and its CAMEO code.
 * The ontology ({@code ontology/diplograph.ttl}) documents every type with an example sentence.
 */
public enum EventType {
    STATEMENT("Statement", "010", null),
    APPEAL("Appeal", "020", null),
    INTENT_TO_COOPERATE("IntentToCooperate", "030", null),
    INVITATION("Invitation", "036", null),
    CONSULTATION("Consultation", "040", null),
    PHONE_CALL("PhoneCall", "041", CONSULTATION),
    VISIT("Visit", "042", CONSULTATION),
    MEETING("Meeting", "040", CONSULTATION),
    MEDIATION("Mediation", "045", CONSULTATION),
    NEGOTIATION("Negotiation", "046", CONSULTATION),
    DIPLOMATIC_COOPERATION("DiplomaticCooperation", "050", null),
    PRAISE("Praise", "051", DIPLOMATIC_COOPERATION),
    AGREEMENT("Agreement", "057", DIPLOMATIC_COOPERATION),
    DEMAND("Demand", "100", null),
    DISAPPROVAL("Disapproval", "110", null),
    ACCUSATION("Accusation", "112", DISAPPROVAL),
    REJECTION("Rejection", "120", null),
    DECLINED_INVITATION("DeclinedInvitation", "125", REJECTION),
    THREAT("Threat", "130", null),
    REDUCED_RELATIONS("ReducedRelations", "161", null),
    SANCTION("Sanction", "163", null);

    private final String localName;
    private final String cameo;
    private final EventType parent;

    EventType(String localName, String cameo, EventType parent) {
        this.localName = localName;
        this.cameo = cameo;
        this.parent = parent;
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
