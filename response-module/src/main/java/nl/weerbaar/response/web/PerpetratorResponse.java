package nl.weerbaar.response.web;

import java.time.Instant;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.query.AccessBanView;
import nl.weerbaar.response.query.ResponseView;

/**
 * One decision on an incident of a perpetrator profile, as the profile's overview lists it: the
 * reference and dates, not the content of the decision (that is on the incident's responses page).
 *
 * @param kind      an {@code InterventionType} name, or {@code NO_RESPONSE}
 * @param accessBan the ban's terms and whether it is in force today, for an access ban only
 */
public record PerpetratorResponse(UUID responseId, IncidentId incidentId, String incidentReference, String kind,
        String status, Instant decidedAt, Instant completedAt, Instant cancelledAt, AccessBanView accessBan) {

    static PerpetratorResponse of(String incidentReference, ResponseView response) {
        return new PerpetratorResponse(response.responseId(), response.incidentId(), incidentReference,
                response.kind(), response.status(), response.decidedAt(), response.completedAt(),
                response.cancelledAt(), response.accessBan());
    }

    public boolean activeBan() {
        return accessBan != null && accessBan.active();
    }
}
