package nl.weerbaar.incident.api;

import java.time.LocalDate;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept after an incident is closed ({@code weerbaar.retention.incident},
 * default five years). BIO asks at least three years for incident information, so a shorter period
 * is refused at start-up.
 */
@ConfigurationProperties("weerbaar.retention")
public record RetentionPolicy(@DefaultValue("P5Y") Period incident) {

    public static final Period MINIMUM = Period.ofYears(3);
    /** The reason every erasure by the retention job gives. */
    public static final String ERASURE_REASON = "Bewaartermijn verstreken";

    public RetentionPolicy {
        LocalDate reference = LocalDate.of(2000, 1, 1);
        if (incident == null || reference.plus(incident).isBefore(reference.plus(MINIMUM))) {
            throw new IllegalArgumentException("weerbaar.retention.incident must be at least " + MINIMUM
                    + " (BIO keeps incident information at least three years), was " + incident);
        }
    }

    /** Incidents closed before this moment have outlived their retention period at {@code now}. */
    public Instant incidentsClosedBefore(ZonedDateTime now) {
        return now.minus(incident).toInstant();
    }

    public boolean incidentExpired(Instant closedAt, ZonedDateTime now) {
        return !closedAt.isAfter(incidentsClosedBefore(now));
    }
}
