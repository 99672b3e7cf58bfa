package nl.weerbaar.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Link an incident to the profile of its alleged perpetrator (case handlers). */
public record LinkPerpetrator(@TargetAggregateIdentifier IncidentId incidentId, PerpetratorId perpetratorId,
        Role linkedBy) {
}
