package nl.weerbaar.communication.query;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.communication.api.FalsehoodCorrectionId;
import nl.weerbaar.incident.api.IncidentId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the falsehood corrections; need-to-know is the caller's, by the incident each belongs to. */
@Component
public class FalsehoodCorrections {

    private final JdbcTemplate jdbc;

    public FalsehoodCorrections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident's corrections, oldest request first. */
    public List<FalsehoodCorrectionView> ofIncident(IncidentId incidentId) {
        return jdbc.query("SELECT * FROM falsehood_corrections WHERE incident_id = ? ORDER BY requested_at, correction_id",
                (rs, i) -> view(rs), incidentId.value());
    }

    public Optional<FalsehoodCorrectionView> find(FalsehoodCorrectionId correctionId) {
        return jdbc.query("SELECT * FROM falsehood_corrections WHERE correction_id = ?", (rs, i) -> view(rs),
                correctionId.value()).stream().findFirst();
    }

    private static FalsehoodCorrectionView view(ResultSet rs) throws SQLException {
        LocalDate approvedOn = day(rs.getDate("approved_on"));
        LocalDate publishedOn = day(rs.getDate("published_on"));
        String status = publishedOn != null ? "PUBLISHED" : approvedOn != null ? "APPROVED" : "REQUESTED";
        return new FalsehoodCorrectionView(rs.getObject("correction_id", UUID.class),
                new IncidentId(rs.getObject("incident_id", UUID.class)), rs.getString("where_posted"),
                rs.getString("falsehood"), rs.getString("proposed_correction"), rs.getString("requested_by_role"),
                rs.getTimestamp("requested_at").toInstant(), approvedOn, rs.getString("approved_by_role"),
                publishedOn, rs.getString("publication_link"), rs.getString("published_by_role"), status,
                rs.getBoolean("erased"));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
