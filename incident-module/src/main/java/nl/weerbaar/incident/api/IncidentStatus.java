package nl.weerbaar.incident.api;

/** Where an incident stands in the protocol. */
public enum IncidentStatus {
    /** Reported by or for the official, routed to a case handler, not yet discussed. */
    REPORTED,
    /** Closed by the case handler with an outcome. */
    CLOSED,
    /** Withdrawn at the official's request. */
    WITHDRAWN;

    public boolean isClosed() {
        return this == CLOSED || this == WITHDRAWN;
    }
}
