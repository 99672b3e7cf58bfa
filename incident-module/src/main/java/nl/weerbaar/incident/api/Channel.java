package nl.weerbaar.incident.api;

/** How the behaviour reached the official. */
public enum Channel {
    EMAIL,
    PHONE,
    LETTER,
    SOCIAL_MEDIA,
    IN_PERSON,
    AT_HOME,
    DURING_MEETING,
    OTHER
}
