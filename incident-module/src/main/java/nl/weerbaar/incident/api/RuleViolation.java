package nl.weerbaar.incident.api;

/**
 * One broken rule of a command, tied to the input field it concerns.
 *
 * @param field the field's name as the API spells it, e.g. {@code perpetrator.name}
 * @param code  what is wrong, e.g. {@code required}; pages and problem bodies turn it into a sentence
 */
public record RuleViolation(String field, String code) {

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "tooLong";
    public static final String IN_FUTURE = "inFuture";
    public static final String UNKNOWN = "unknown";
    public static final String INVALID = "invalid";
    /** A moment before the incident itself happened. */
    public static final String BEFORE_INCIDENT = "beforeIncident";
}
