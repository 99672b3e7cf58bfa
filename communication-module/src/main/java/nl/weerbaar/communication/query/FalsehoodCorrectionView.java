package nl.weerbaar.communication.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;

/**
 * A request to correct a falsehood from the municipal account, and where it stands.
 *
 * @param status {@code REQUESTED}, {@code APPROVED} or {@code PUBLISHED}
 */
public record FalsehoodCorrectionView(UUID correctionId, IncidentId incidentId, String where, String falsehood,
        String proposedCorrection, String requestedByRole, Instant requestedAt, LocalDate approvedOn,
        String approvedByRole, LocalDate publishedOn, String link, String publishedByRole, String status,
        boolean personalDataErased) {
}
