package nl.weerbaar.aftercare.api;

/** What the official asks for after an incident; the municipality facilitates it. */
public enum AftercareKind {
    /** A talk with a confidential adviser (vertrouwenspersoon). */
    CONFIDANT,
    /** The company doctor (bedrijfsarts). */
    COMPANY_DOCTOR,
    /** Victim support (Slachtofferhulp). */
    VICTIM_SUPPORT,
    /** Security advice, e.g. for home or online presence. */
    SECURITY_ADVICE,
    /** Anything else the official asks for; the description says what. */
    OTHER
}
