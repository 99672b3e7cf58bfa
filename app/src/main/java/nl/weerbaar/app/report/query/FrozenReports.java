package nl.weerbaar.app.report.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The frozen reports, newest first. They hold no personal data, so everyone who reads reports sees all. */
@Component
public class FrozenReports {

    private final JdbcTemplate jdbc;

    public FrozenReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FrozenReportView> all() {
        return jdbc.query("SELECT * FROM frozen_report ORDER BY frozen_at DESC, report_id", FrozenReports::view);
    }

    public Optional<FrozenReportView> find(UUID reportId) {
        return jdbc.query("SELECT * FROM frozen_report WHERE report_id = ?", FrozenReports::view, reportId).stream()
                .findFirst();
    }

    private static FrozenReportView view(ResultSet row, int number) throws SQLException {
        return new FrozenReportView(row.getObject("report_id", UUID.class), row.getDate("period_from").toLocalDate(),
                row.getDate("period_to").toLocalDate(), row.getTimestamp("as_of").toInstant(), row.getString("title"),
                row.getString("checksum"), row.getString("frozen_by"), row.getTimestamp("frozen_at").toInstant());
    }
}
