package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Report an incident that happened to an official. Sending the same incident id again with the same
 * content is harmless; with other content it is refused.
 *
 * @param perpetrator what is known of the alleged perpetrator, or {@code null}
 * @param witnesses   free text, or {@code null}
 */
public record ReportIncident(
        @TargetAggregateIdentifier IncidentId incidentId,
        OfficialId officialId,
        Reporter reporter,
        Instant occurredAt,
        String location,
        Channel channel,
        Set<Behaviour> behaviours,
        String description,
        PerpetratorDetails perpetrator,
        String witnesses) implements ConcernsOfficial {

    public static final int MAX_LOCATION = 300;
    public static final int MAX_DESCRIPTION = 10_000;
    public static final int MAX_WITNESSES = 2_000;
    public static final int MAX_PERPETRATOR_NAME = 200;
    public static final int MAX_PERPETRATOR_DESCRIPTION = 2_000;

    public ReportIncident {
        behaviours = behaviours == null ? Set.of() : Set.copyOf(behaviours);
    }

    /**
     * The rules a report must satisfy, checked by the aggregate and, ahead of it, by the report
     * form's check-your-answers step so the official hears about a mistake before confirming.
     *
     * @param now the moment of reporting; an incident cannot have happened after it
     */
    public List<RuleViolation> violations(Instant now) {
        List<RuleViolation> violations = new ArrayList<>();
        if (officialId == null) {
            violations.add(new RuleViolation("officialId", RuleViolation.REQUIRED));
        }
        if (occurredAt == null) {
            violations.add(new RuleViolation("occurredAt", RuleViolation.REQUIRED));
        } else if (occurredAt.isAfter(now)) {
            violations.add(new RuleViolation("occurredAt", RuleViolation.IN_FUTURE));
        }
        Texts.require(violations, "location", location, MAX_LOCATION);
        if (channel == null) {
            violations.add(new RuleViolation("channel", RuleViolation.REQUIRED));
        }
        if (behaviours.isEmpty()) {
            violations.add(new RuleViolation("behaviours", RuleViolation.REQUIRED));
        }
        Texts.require(violations, "description", description, MAX_DESCRIPTION);
        if (perpetrator != null) {
            Texts.limit(violations, "perpetrator.name", perpetrator.name(), MAX_PERPETRATOR_NAME);
            Texts.limit(violations, "perpetrator.handle", perpetrator.handle(), MAX_PERPETRATOR_NAME);
            Texts.limit(violations, "perpetrator.description", perpetrator.description(), MAX_PERPETRATOR_DESCRIPTION);
        }
        Texts.limit(violations, "witnesses", witnesses, MAX_WITNESSES);
        return violations;
    }
}
