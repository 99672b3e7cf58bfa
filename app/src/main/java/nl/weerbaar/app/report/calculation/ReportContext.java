package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a figure is handed with each event: the periods and the compact facts of every incident so far;
 * when it contributes its tables, also the as-of moment of the report ({@code null} while events are read).
 */
public record ReportContext(ReportPeriods periods, IncidentIndex incidents, Instant asOf) {

    /** The day of the as-of moment in the municipality's time zone ("today" for the report). */
    public LocalDate asOfDay() {
        return LocalDate.ofInstant(asOf, periods.zone());
    }
}
