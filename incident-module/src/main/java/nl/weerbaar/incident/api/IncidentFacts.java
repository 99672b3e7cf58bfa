package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;

/**
 * What may be told of an incident without naming anyone: the kind of office (not the official), the
 * channel, the forms of behaviour, the current assessment and the status. No reference, text, name or
 * id of a person.
 *
 * @param behaviourType the current assessment's behaviour type, or {@code null} when not assessed
 * @param severity      the current assessment's severity, or {@code null} when not assessed
 */
public record IncidentFacts(IncidentId incidentId, OfficialKind officialKind, Instant occurredAt, Instant reportedAt,
        Channel channel, List<Behaviour> behaviours, BehaviourType behaviourType, Severity severity,
        IncidentStatus status) {
}
