package nl.weerbaar.incident.api;

/**
 * What reporting an incident answers.
 *
 * @param newlyReported {@code false} when the same report had been received before
 */
public record IncidentReportReceipt(IncidentId incidentId, IncidentReference reference, boolean newlyReported) {
}
