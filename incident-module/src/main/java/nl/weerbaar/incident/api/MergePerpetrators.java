package nl.weerbaar.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Two profiles turn out to be one person: this profile takes over the other's incidents (case handlers). */
public record MergePerpetrators(@TargetAggregateIdentifier PerpetratorId perpetratorId,
        PerpetratorId otherPerpetratorId, Role mergedBy) {
}
