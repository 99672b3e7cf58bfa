package nl.weerbaar.aftercare.api;

/** The steps of a criminal case after a complaint, as police and public prosecutor report them. */
public enum CaseUpdateKind {
    COMPLAINT_REGISTERED,
    SUSPECT_IDENTIFIED,
    INVESTIGATION,
    PROSECUTION_DECISION,
    HEARING,
    VERDICT,
    /** Anything else worth telling the official; the summary says what. */
    OTHER
}
