package nl.weerbaar.response.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.response.api.MeetingKind;

/** A risk analysis before a public meeting as case handlers read it. */
public record MeetingRiskAnalysisView(UUID analysisId, MeetingKind meetingKind, String meetingName,
        LocalDate meetingOn, String risksFound, String measuresTaken, List<OfficialId> officials,
        String recordedByRole, Instant recordedAt) {
}
