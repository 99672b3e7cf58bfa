package nl.weerbaar.incident.api;

/** How an incident ended. */
public enum ClosingOutcome {
    /** Handled: what was agreed has been done. */
    RESOLVED,
    /** Nothing (more) will be done, with the official's agreement. */
    NO_FURTHER_ACTION,
    /** Withdrawn at the official's request. */
    WITHDRAWN_BY_OFFICIAL;

    public IncidentStatus status() {
        return this == WITHDRAWN_BY_OFFICIAL ? IncidentStatus.WITHDRAWN : IncidentStatus.CLOSED;
    }
}
