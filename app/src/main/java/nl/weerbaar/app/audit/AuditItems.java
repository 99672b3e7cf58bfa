package nl.weerbaar.app.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.ListOfficials;
import nl.weerbaar.incident.api.OfficialSummary;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Turns stored entries into what a reader may see. Redaction is one place, here: for the council
 * reviewer (and in every export) no actor's username, no official's name and no rationale's words leave
 * the application; what is left was never personal data (roles, kinds, actions, dates, categories).
 */
@Component
class AuditItems {

    private final AuditWording wording;
    private final QueryGateway queries;

    AuditItems(AuditWording wording, QueryGateway queries) {
        this.wording = wording;
        this.queries = queries;
    }

    /** Names the officials for an unredacted reading; asks the incident module once per reading. */
    Map<String, String> officialNames(boolean redacted) {
        if (redacted) {
            return Map.of();
        }
        return queries.query(new ListOfficials(), ResponseTypes.multipleInstancesOf(OfficialSummary.class)).join()
                .stream().collect(Collectors.toMap(official -> official.officialId().toString(), OfficialSummary::name,
                        (first, second) -> first));
    }

    AuditItem item(AuditEntry entry, boolean redacted, Map<String, String> officialNames, Locale locale) {
        List<AuditItem.Category> categories = entry.categories().stream()
                .map(category -> new AuditItem.Category(category.field(), category.value(),
                        wording.label(category, locale)))
                .toList();
        return new AuditItem(entry.position(), entry.occurredAt(),
                redacted ? null : entry.actor(),
                entry.actorRole(),
                redacted || entry.onBehalfOf() == null ? null
                        : officialNames.getOrDefault(entry.onBehalfOf(), entry.onBehalfOf()),
                entry.officialKind(),
                wording.action(entry, locale),
                entry.eventType(),
                entry.incidentReference(),
                entry.handler(),
                redacted ? null : entry.rationale(),
                categories,
                entry.officialConsulted(),
                entry.correlationId(),
                entry.hash());
    }
}
