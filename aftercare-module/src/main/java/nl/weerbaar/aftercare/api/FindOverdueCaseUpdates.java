package nl.weerbaar.aftercare.api;

import nl.weerbaar.incident.api.Caller;

/**
 * Query for the case handler's and the mayor's overview: the case updates of incidents the caller may
 * see that the official has not been told about within the allowed working days. Answered with a list
 * of {@link OverdueCaseUpdate}, longest overdue first.
 */
public record FindOverdueCaseUpdates(Caller caller) {
}
