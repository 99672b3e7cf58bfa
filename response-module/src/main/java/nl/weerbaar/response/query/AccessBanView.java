package nl.weerbaar.response.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.api.BanScope;

/**
 * An access ban as handlers read it.
 *
 * @param expiredAt when it ended by itself after its last day, if it did
 * @param active    in force today: started, not ended, not lifted, expired or cancelled
 */
public record AccessBanView(UUID interventionId, IncidentId incidentId, BanScope scope, String area, LocalDate from,
        LocalDate until, String legalBasis, Instant liftedAt, String liftingReason, Instant expiredAt, boolean active) {
}
