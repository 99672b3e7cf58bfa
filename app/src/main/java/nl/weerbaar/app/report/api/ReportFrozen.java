package nl.weerbaar.app.report.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.NotPersonalData;
import nl.weerbaar.incident.api.Role;
import org.axonframework.serialization.Revision;

/**
 * A period report was frozen: from these parameters the same figures, with this checksum, can be computed
 * again at any later time.
 */
@Revision("1")
public record ReportFrozen(
        ReportId reportId,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        @NotPersonalData("the title of a report for the council, e.g. the meeting it is for; the form asks not "
                + "to name anyone") String title,
        @NotPersonalData("a SHA-256 of anonymised figures") String checksum,
        Role frozenBy,
        Instant frozenAt) {
}
