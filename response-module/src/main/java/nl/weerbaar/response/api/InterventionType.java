package nl.weerbaar.response.api;

/** The intervention ladder of the protocol, from a conversation to a ban. */
public enum InterventionType {
    /** A corrective conversation (stopgesprek). */
    STOP_CONVERSATION,
    /** A corrective letter stating the behaviour, its impact and the consequences of repetition. */
    CORRECTIVE_LETTER,
    /** A report to the police (melding), always with the code VPT. */
    POLICE_REPORT,
    /** A criminal complaint (aangifte) filed by the municipality, always with the code VPT. */
    CRIMINAL_COMPLAINT,
    /** A ban from the town hall or an area, for a period. */
    ACCESS_BAN
}
