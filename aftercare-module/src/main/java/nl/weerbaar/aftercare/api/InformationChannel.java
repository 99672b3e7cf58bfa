package nl.weerbaar.aftercare.api;

/** How the official was told about a case update. */
public enum InformationChannel {
    IN_PERSON,
    PHONE,
    EMAIL,
    LETTER,
    OTHER
}
