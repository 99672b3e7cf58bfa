package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/** Measures against an acute threat were agreed; what they are tells about the official's life: personal data. */
@Revision("1")
public record ThreatMeasuresAgreed(
        ThreatMeasureId threatMeasureId,
        OfficialId officialId,
        @PersonalData(subject = "officialId") String what,
        LocalDate from,
        LocalDate until,
        List<ThreatPartner> agreedWith,
        IncidentId incidentId,
        Role agreedBy,
        Instant agreedAt) {
}
