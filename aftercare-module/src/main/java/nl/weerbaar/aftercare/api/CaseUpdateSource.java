package nl.weerbaar.aftercare.api;

/** Who told the municipality about a step in the criminal case. */
public enum CaseUpdateSource {
    POLICE,
    /** The public prosecutor (Openbaar Ministerie, OM). */
    PUBLIC_PROSECUTOR
}
