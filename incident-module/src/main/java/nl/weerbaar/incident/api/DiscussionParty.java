package nl.weerbaar.incident.api;

/** With whom an incident was discussed: the protocol's first contacts. */
public enum DiscussionParty {
    CLERK,
    MUNICIPAL_SECRETARY,
    MAYOR
}
