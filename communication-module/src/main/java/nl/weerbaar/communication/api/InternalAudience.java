package nl.weerbaar.communication.api;

/** Whom the municipality informs internally about an incident. */
public enum InternalAudience {
    /** The party leaders (fractievoorzitters): the theme is a fixed item of their meeting. */
    PARTY_LEADERS,
    /** The whole council. */
    COUNCIL,
    /** The college of mayor and aldermen. */
    COLLEGE,
    /** The municipal organisation. */
    ORGANISATION
}
