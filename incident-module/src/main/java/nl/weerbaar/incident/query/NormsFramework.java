package nl.weerbaar.incident.query;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads the norms framework: what applies now, all norms, and the exact versions an assessment applied. */
@Component
public class NormsFramework {

    private static final RowMapper<NormView> ROW = (rs, i) -> new NormView(
            new NormId(rs.getObject("norm_id", UUID.class)), rs.getInt("version"), rs.getString("code"),
            rs.getString("title"), rs.getString("description"), rs.getDate("valid_from").toLocalDate(),
            date(rs.getDate("retired_on")));

    private final JdbcTemplate jdbc;

    public NormsFramework(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The norms an assessment may apply now: current versions, not retired, by code. */
    public List<NormView> applicable() {
        return jdbc.query("SELECT * FROM norm_version WHERE current AND retired_on IS NULL ORDER BY code, norm_id",
                ROW);
    }

    /** Every norm in its current version, retired ones included, by code. */
    public List<NormView> all() {
        return jdbc.query("SELECT * FROM norm_version WHERE current ORDER BY code, norm_id", ROW);
    }

    /** Every version of one norm, oldest first. */
    public List<NormView> history(NormId normId) {
        return jdbc.query("SELECT * FROM norm_version WHERE norm_id = ? ORDER BY version", ROW, normId.value());
    }

    /** The exact versions an assessment applied, as they were worded then. */
    public List<NormView> versions(Collection<NormVersion> applied) {
        return applied.stream()
                .flatMap(version -> jdbc.query("SELECT * FROM norm_version WHERE norm_id = ? AND version = ?", ROW,
                        version.normId().value(), version.version()).stream())
                .toList();
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
