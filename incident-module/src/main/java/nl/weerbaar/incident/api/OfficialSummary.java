package nl.weerbaar.incident.api;

/** An official as other modules need them: the kind decides the case handler ({@link OfficialKind#caseHandler()}). */
public record OfficialSummary(OfficialId officialId, String name, OfficialKind kind) {
}
