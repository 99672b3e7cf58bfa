package nl.weerbaar.app.report.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Freeze a period report: keep its parameters and the checksum of its figures as computed now.
 *
 * @param checksum  the checksum of the figures computed for these parameters
 * @param frozenBy  the role of who freezes it: the mayor or the clerk
 */
public record FreezeReport(
        @TargetAggregateIdentifier ReportId reportId,
        LocalDate from,
        LocalDate to,
        Instant asOf,
        String title,
        String checksum,
        Role frozenBy) {

    public static final int MAX_TITLE = 200;

    public List<RuleViolation> violations() {
        List<RuleViolation> violations = new ArrayList<>();
        Texts.require(violations, "title", title, MAX_TITLE);
        if (checksum == null || !checksum.matches("[0-9a-f]{64}")) {
            violations.add(new RuleViolation("checksum", RuleViolation.INVALID));
        }
        return violations;
    }

    /** The mayor or the clerk: they present the figures to the council and the party leaders. */
    public static boolean mayFreeze(Role role) {
        return role == Role.MAYOR || role == Role.CLERK;
    }
}
