package nl.weerbaar.response.query;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.stream.Collectors;
import nl.weerbaar.response.api.FollowUpActionDone;
import nl.weerbaar.response.api.MeetingRiskAnalysisRecorded;
import nl.weerbaar.response.api.SafetyScanCarriedOut;
import nl.weerbaar.response.api.SafetyScanRequested;
import nl.weerbaar.response.api.ThreatMeasuresAgreed;
import nl.weerbaar.response.api.ThreatMeasuresEnded;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the safety scans, acute-threat measures and meeting risk analyses. A processing group of its
 * own, apart from the responses: these are not about an incident, and rebuilding one need not wait for the other.
 * Texts are stored as decrypted; arrays are passed as {@code String[]}, which the driver sends as {@code text[]}.
 */
@Component
@ProcessingGroup(ProtectiveMeasuresProjection.NAME)
public class ProtectiveMeasuresProjection {

    public static final String NAME = "protective-measures";

    private final JdbcTemplate jdbc;

    public ProtectiveMeasuresProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(SafetyScanRequested event) {
        // Redelivery of the same event must not fail or duplicate: the first write wins.
        jdbc.update("""
                INSERT INTO safety_scans (safety_scan_id, official_id, incident_id, requested_on, requested_by_role,
                    recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (safety_scan_id) DO NOTHING
                """, event.safetyScanId().value(), event.officialId().value(),
                event.incidentId() == null ? null : event.incidentId().value(), Date.valueOf(event.requestedOn()),
                event.requestedBy().name(), Timestamp.from(event.recordedAt()));
    }

    /**
     * One open (NULL) done-day per action: assigning an element of an empty SQL array does not pad it,
     * so the positions must exist before an action is done. Filled only once, so a redelivery keeps them.
     */
    @EventHandler
    void on(SafetyScanCarriedOut event) {
        jdbc.update("""
                UPDATE safety_scans SET carried_out_on = ?, advice_summary = ?, follow_up_actions = ?,
                    carried_out_recorded_at = ?,
                    follow_up_done_on = CASE WHEN cardinality(follow_up_done_on) = 0
                        THEN array_fill(NULL::date, ARRAY[?]) ELSE follow_up_done_on END
                WHERE safety_scan_id = ?
                """, Date.valueOf(event.carriedOutOn()), event.adviceSummary(),
                event.followUpActions().toArray(String[]::new), Timestamp.from(event.recordedAt()),
                event.followUpActions().size(), event.safetyScanId().value());
    }

    @EventHandler
    void on(FollowUpActionDone event) {
        jdbc.update("UPDATE safety_scans SET follow_up_done_on[?] = ? WHERE safety_scan_id = ?",
                event.position() + 1, Date.valueOf(event.doneOn()), event.safetyScanId().value());
    }

    @EventHandler
    void on(ThreatMeasuresAgreed event) {
        jdbc.update("""
                INSERT INTO threat_measures (threat_measure_id, official_id, incident_id, what, valid_from,
                    valid_until, agreed_with, agreed_by_role, agreed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (threat_measure_id) DO NOTHING
                """, event.threatMeasureId().value(), event.officialId().value(),
                event.incidentId() == null ? null : event.incidentId().value(), event.what(),
                Date.valueOf(event.from()), Date.valueOf(event.until()),
                event.agreedWith().stream().map(Enum::name).collect(Collectors.joining(",")),
                event.agreedBy().name(), Timestamp.from(event.agreedAt()));
    }

    @EventHandler
    void on(ThreatMeasuresEnded event) {
        jdbc.update("UPDATE threat_measures SET ending_reason = ?, ended_at = ? WHERE threat_measure_id = ?",
                event.reason(), Timestamp.from(event.endedAt()), event.threatMeasureId().value());
    }

    @EventHandler
    void on(MeetingRiskAnalysisRecorded event) {
        jdbc.update("""
                INSERT INTO meeting_risk_analyses (analysis_id, meeting_kind, meeting_name, meeting_on, risks_found,
                    measures_taken, official_ids, recorded_by_role, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (analysis_id) DO NOTHING
                """, event.analysisId().value(), event.meetingKind().name(), event.meetingName(),
                Date.valueOf(event.meetingOn()), event.risksFound(), event.measuresTaken(),
                event.officials().stream().map(Object::toString).toArray(String[]::new),
                event.recordedBy().name(), Timestamp.from(event.recordedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM safety_scans");
        jdbc.update("DELETE FROM threat_measures");
        jdbc.update("DELETE FROM meeting_risk_analyses");
    }
}
