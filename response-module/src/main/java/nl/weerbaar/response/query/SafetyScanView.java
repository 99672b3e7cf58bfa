package nl.weerbaar.response.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;

/**
 * A CCV safety scan as case handlers read it.
 *
 * @param carriedOutOn {@code null} while it is only requested
 */
public record SafetyScanView(UUID safetyScanId, OfficialId officialId, IncidentId incidentId, LocalDate requestedOn,
        String requestedByRole, LocalDate carriedOutOn, String adviceSummary, List<FollowUpActionView> followUpActions) {
}
