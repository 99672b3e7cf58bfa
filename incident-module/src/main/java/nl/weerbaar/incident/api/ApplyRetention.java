package nl.weerbaar.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the incident's personal data if its retention period after closing has passed and no
 * legal hold stops it (sent by the retention job; refused otherwise).
 */
public record ApplyRetention(@TargetAggregateIdentifier IncidentId incidentId) {
}
