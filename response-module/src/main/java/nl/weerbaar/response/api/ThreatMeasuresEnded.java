package nl.weerbaar.response.api;

import java.time.Instant;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;

/** The measures were ended before their last day; the reason may tell about the official: personal data. */
@Revision("1")
public record ThreatMeasuresEnded(
        ThreatMeasureId threatMeasureId,
        OfficialId officialId,
        @PersonalData(subject = "officialId") String reason,
        Instant endedAt) {
}
