package nl.weerbaar.incident.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.IncidentReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts references in a row per year. The upsert takes the row lock inside the command's own
 * transaction, so concurrent reports get consecutive numbers and a report that fails gives its
 * number back (no gaps, no duplicates).
 */
@Component
class JdbcReferenceSequence implements ReferenceSequence {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcReferenceSequence(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public IncidentReference next(Instant reportedAt) {
        int year = LocalDate.ofInstant(reportedAt, clock.getZone()).getYear();
        Integer number = jdbc.queryForObject("""
                INSERT INTO incident_reference_counter (year, last_number) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last_number = incident_reference_counter.last_number + 1
                RETURNING last_number
                """, Integer.class, year);
        return new IncidentReference(year, number);
    }
}
