package nl.weerbaar.app.report.query;

import java.sql.Date;
import java.sql.Timestamp;
import nl.weerbaar.app.report.api.ReportFrozen;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps the {@code frozen_report} table: one row per frozen report. */
@Component
@ProcessingGroup(FrozenReportsProjection.NAME)
public class FrozenReportsProjection {

    public static final String NAME = "frozen-reports";

    private final JdbcTemplate jdbc;

    public FrozenReportsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReportFrozen event) {
        // Redelivery must not fail or duplicate: the first write wins.
        jdbc.update("""
                INSERT INTO frozen_report (report_id, period_from, period_to, as_of, title, checksum, frozen_by, frozen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING
                """, event.reportId().value(), Date.valueOf(event.from()), Date.valueOf(event.to()),
                Timestamp.from(event.asOf()), event.title(), event.checksum(), event.frozenBy().name(),
                Timestamp.from(event.frozenAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM frozen_report");
    }
}
