package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/**
 * A risk analysis before a public meeting was recorded. There may be no official to key its texts
 * to, and the risks found often name people (known troublemakers, the officials present), so the texts
 * are personal data with the analysis itself as subject: its own key can be destroyed on its own.
 */
@Revision("1")
public record MeetingRiskAnalysisRecorded(
        MeetingRiskAnalysisId analysisId,
        MeetingKind meetingKind,
        @PersonalData(subject = "analysisId") String meetingName,
        LocalDate meetingOn,
        @PersonalData(subject = "analysisId") String risksFound,
        @PersonalData(subject = "analysisId") String measuresTaken,
        List<OfficialId> officials,
        Role recordedBy,
        Instant recordedAt) {
}
