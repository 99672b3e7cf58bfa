package nl.weerbaar.communication.api;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** A correction of a falsehood was asked for; its texts are about the official and the incident: personal data. */
@Revision("1")
public record FalsehoodCorrectionRequested(
        FalsehoodCorrectionId correctionId,
        IncidentId incidentId,
        @PersonalData(subject = "incidentId") String where,
        @PersonalData(subject = "incidentId") String falsehood,
        @PersonalData(subject = "incidentId") String proposedCorrection,
        Role requestedBy,
        Instant requestedAt) {
}
