package nl.weerbaar.response.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.response.api.ThreatPartner;

/**
 * Acute-threat measures as case handlers read them.
 *
 * @param active in force today: started, not past their last day and not ended early
 */
public record ThreatMeasureView(UUID threatMeasureId, OfficialId officialId, IncidentId incidentId, String what,
        LocalDate from, LocalDate until, List<ThreatPartner> agreedWith, String agreedByRole, Instant agreedAt,
        String endingReason, Instant endedAt, boolean active) {
}
