package nl.weerbaar.aftercare.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.aftercare.api.CaseUpdateKind;
import nl.weerbaar.aftercare.api.CaseUpdateSource;
import nl.weerbaar.aftercare.api.InformationChannel;
import nl.weerbaar.incident.api.IncidentId;

/**
 * A step in the criminal case and whether the official was told in time.
 *
 * @param dueOn        the last working day to tell the official
 * @param overdue      not told, and {@code dueOn} has gone by (today, by the clock)
 * @param informedLate told, but after {@code dueOn}
 */
public record CaseUpdateView(UUID caseUpdateId, IncidentId incidentId, LocalDate date, CaseUpdateSource source,
        CaseUpdateKind kind, String summary, String recordedByRole, Instant recordedAt, Instant informedAt,
        InformationChannel informedHow, String informedNote, LocalDate dueOn, boolean overdue, boolean informedLate,
        boolean personalDataErased) {
}
