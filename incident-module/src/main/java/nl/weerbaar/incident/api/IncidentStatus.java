package nl.weerbaar.incident.api;

/** Where an incident stands in the protocol. */
public enum IncidentStatus {
    /** Reported by or for the official, routed to a case handler, not yet discussed. */
    REPORTED
}
