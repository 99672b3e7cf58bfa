package nl.weerbaar.incident.api;

/**
 * Query for other modules that record something about an official (protective measures): who the
 * official is and, through their kind, which case handler they are routed to. Answered with an
 * optional {@link OfficialSummary}; empty for an unknown official. Officials are no secret among case
 * handlers (they pick them from a list), so no caller is needed.
 */
public record FindOfficial(OfficialId officialId) {
}
