package nl.weerbaar.incident.api;

/** Forms of behaviour an incident may show; more than one may apply. */
public enum Behaviour {
    VERBAL_AGGRESSION,
    THREAT,
    INTIMIDATION,
    PHYSICAL_VIOLENCE,
    PROPERTY_DAMAGE,
    STALKING,
    DOXXING,
    DISINFORMATION,
    DISCRIMINATION,
    SEXUAL_INTIMIDATION,
    OTHER
}
