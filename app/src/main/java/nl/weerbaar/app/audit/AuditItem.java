package nl.weerbaar.app.audit;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the trail as a reader gets it. Redacted (the council reviewer, every CSV export):
 * {@code actor}, {@code onBehalfOf} and {@code rationale} are {@code null}; the role, the official's kind,
 * the incident's handler role, the action, the dates and the rationale categories remain.
 *
 * @param onBehalfOf         the official the decision concerned, by name (unredacted only)
 * @param rationaleCategories what kind of decision it was, from the event's enum values (never personal data)
 * @param officialConsulted  whether the official was consulted, for a decision that records it; else {@code null}
 */
public record AuditItem(long position, Instant timestamp, String actor, String role, String onBehalfOf,
        String officialKind, String action, String eventType, String incidentReference, String handler, String rationale,
        List<Category> rationaleCategories, Boolean officialConsulted, String correlationId, String hash) {

    /** @param label the value in Dutch, as the pages show it */
    public record Category(String field, String value, String label) {
    }
}
