package nl.weerbaar.app.report.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A frozen report: its parameters and the checksum its figures had. */
public record FrozenReportView(UUID reportId, LocalDate from, LocalDate to, Instant asOf, String title, String checksum,
        String frozenByRole, Instant frozenAt) {
}
