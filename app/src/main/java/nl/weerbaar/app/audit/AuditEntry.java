package nl.weerbaar.app.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entry of the audit trail as stored, unredacted. What a reader gets is an {@link AuditItem}.
 *
 * @param position     the event's place in the event stream (its global index)
 * @param eventType    the event's simple class name; its Dutch wording is {@code audit.event.<eventType>}
 * @param onBehalfOf   the official the command concerned (an official id), or {@code null}
 * @param officialKind the kind of that official, or of the incident's official
 * @param handler      the case handler role the incident is routed to
 * @param facts        the event's non-text, non-personal components
 */
record AuditEntry(long position, String eventType, Instant occurredAt, String actor, String actorRole,
        String onBehalfOf, String incidentId, String incidentReference, String officialKind, String handler,
        String rationale, Boolean officialConsulted, Boolean vpt, Map<String, Object> facts,
        List<EventFacts.Category> categories, String correlationId, String hash) {
}
