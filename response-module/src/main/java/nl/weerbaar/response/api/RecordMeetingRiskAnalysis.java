package nl.weerbaar.response.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the risk analysis made before a public participation or information meeting, with the
 * measures taken. It needs no incident: it is made to prevent one.
 *
 * @param officials optional: the officials taking part whom the risks concern
 */
public record RecordMeetingRiskAnalysis(
        @TargetAggregateIdentifier MeetingRiskAnalysisId analysisId,
        MeetingKind meetingKind,
        String meetingName,
        LocalDate meetingOn,
        String risksFound,
        String measuresTaken,
        List<OfficialId> officials,
        Role recordedBy) {

    public RecordMeetingRiskAnalysis {
        officials = officials == null ? List.of() : officials.stream().distinct().toList();
    }

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        ProtectionRules.required(violations, "meetingKind", meetingKind);
        Texts.require(violations, "meetingName", meetingName, ResponseTexts.MAX_SHORT);
        ProtectionRules.required(violations, "meetingOn", meetingOn);
        Texts.require(violations, "risksFound", risksFound, ResponseTexts.MAX_LETTER_PART);
        Texts.require(violations, "measuresTaken", measuresTaken, ResponseTexts.MAX_LETTER_PART);
        return violations;
    }
}
