package nl.weerbaar.response.query;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.response.api.MeetingKind;
import nl.weerbaar.response.api.SafetyScanId;
import nl.weerbaar.response.api.ThreatMeasureId;
import nl.weerbaar.response.api.ThreatPartner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the protective measures. Need-to-know is the caller's business: which official's measures a
 * case handler may see depends on the official's kind, which the incident module knows. "Today" is the
 * clock's day in the municipality's time zone.
 */
@Component
public class ProtectiveMeasures {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ProtectiveMeasures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every safety scan, most recently requested first. */
    public List<SafetyScanView> safetyScans() {
        return jdbc.query("SELECT * FROM safety_scans ORDER BY requested_on DESC, safety_scan_id",
                (rs, i) -> safetyScan(rs));
    }

    public Optional<SafetyScanView> safetyScan(SafetyScanId safetyScanId) {
        return jdbc.query("SELECT * FROM safety_scans WHERE safety_scan_id = ?", (rs, i) -> safetyScan(rs),
                safetyScanId.value()).stream().findFirst();
    }

    /** Acute-threat measures, earliest end first: only those in force today, or every one. */
    public List<ThreatMeasureView> threatMeasures(boolean activeOnly) {
        LocalDate today = LocalDate.now(clock);
        if (!activeOnly) {
            return jdbc.query("SELECT * FROM threat_measures ORDER BY valid_until, threat_measure_id",
                    (rs, i) -> threatMeasure(rs, today));
        }
        return jdbc.query("""
                SELECT * FROM threat_measures WHERE valid_from <= ? AND valid_until >= ? AND ended_at IS NULL
                ORDER BY valid_until, threat_measure_id
                """, (rs, i) -> threatMeasure(rs, today), Date.valueOf(today), Date.valueOf(today));
    }

    public Optional<ThreatMeasureView> threatMeasure(ThreatMeasureId threatMeasureId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("SELECT * FROM threat_measures WHERE threat_measure_id = ?",
                (rs, i) -> threatMeasure(rs, today), threatMeasureId.value()).stream().findFirst();
    }

    /** Every meeting risk analysis, latest meeting first. */
    public List<MeetingRiskAnalysisView> meetingRiskAnalyses() {
        return jdbc.query("SELECT * FROM meeting_risk_analyses ORDER BY meeting_on DESC, analysis_id",
                (rs, i) -> new MeetingRiskAnalysisView(rs.getObject("analysis_id", UUID.class),
                        MeetingKind.valueOf(rs.getString("meeting_kind")), rs.getString("meeting_name"),
                        rs.getDate("meeting_on").toLocalDate(), rs.getString("risks_found"),
                        rs.getString("measures_taken"),
                        texts(rs.getArray("official_ids")).stream().map(OfficialId::of).toList(),
                        rs.getString("recorded_by_role"), rs.getTimestamp("recorded_at").toInstant()));
    }

    private static SafetyScanView safetyScan(ResultSet rs) throws SQLException {
        return new SafetyScanView(rs.getObject("safety_scan_id", UUID.class),
                new OfficialId(rs.getObject("official_id", UUID.class)), incident(rs),
                rs.getDate("requested_on").toLocalDate(), rs.getString("requested_by_role"),
                localDate(rs.getDate("carried_out_on")), rs.getString("advice_summary"), followUpActions(rs));
    }

    private static ThreatMeasureView threatMeasure(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = rs.getDate("valid_from").toLocalDate();
        LocalDate until = rs.getDate("valid_until").toLocalDate();
        Instant endedAt = instant(rs.getTimestamp("ended_at"));
        boolean active = !today.isBefore(from) && !today.isAfter(until) && endedAt == null;
        return new ThreatMeasureView(rs.getObject("threat_measure_id", UUID.class),
                new OfficialId(rs.getObject("official_id", UUID.class)), incident(rs), rs.getString("what"), from,
                until, Arrays.stream(rs.getString("agreed_with").split(",")).map(ThreatPartner::valueOf).toList(),
                rs.getString("agreed_by_role"), rs.getTimestamp("agreed_at").toInstant(),
                rs.getString("ending_reason"), endedAt, active);
    }

    private static List<FollowUpActionView> followUpActions(ResultSet rs) throws SQLException {
        List<String> actions = texts(rs.getArray("follow_up_actions"));
        Date[] done = (Date[]) rs.getArray("follow_up_done_on").getArray();
        return IntStream.range(0, actions.size())
                .mapToObj(i -> new FollowUpActionView(actions.get(i), i < done.length ? localDate(done[i]) : null))
                .toList();
    }

    private static IncidentId incident(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("incident_id", UUID.class);
        return id == null ? null : new IncidentId(id);
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
