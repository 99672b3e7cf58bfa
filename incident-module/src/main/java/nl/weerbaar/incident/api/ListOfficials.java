package nl.weerbaar.incident.api;

/**
 * Query for other modules that let a case handler pick an official (protective measures): every
 * official, answered with a list of {@link OfficialSummary}, by name. Which of them a caller may act
 * for is the asking module's business, as with {@link FindOfficial}.
 */
public record ListOfficials() {
}
