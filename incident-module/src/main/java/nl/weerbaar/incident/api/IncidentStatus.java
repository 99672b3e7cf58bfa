package nl.weerbaar.incident.api;

/** Where an incident stands in the protocol. */
public enum IncidentStatus {
    /** Reported by or for the official, routed to a case handler, not yet discussed. */
    REPORTED,
    /** Discussed with the clerk, the secretary and/or the mayor: it is in the Incident Register. */
    REGISTERED,
    /** Assessed against the norms framework. */
    ASSESSED,
    /** Closed by the case handler with an outcome. */
    CLOSED,
    /** Withdrawn at the official's request. */
    WITHDRAWN;

    public boolean isClosed() {
        return this == CLOSED || this == WITHDRAWN;
    }

    /** Whether it is in the Incident Register: discussed (and possibly assessed), whether open or not. */
    public boolean isRegistered() {
        return this == REGISTERED || this == ASSESSED;
    }
}
