package nl.weerbaar.app.report.calculation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentLinkedToProfile;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.IncidentUnlinkedFromProfile;
import nl.weerbaar.incident.api.PerpetratorProfilesMerged;

/**
 * Repeats, from the perpetrator profiles as they stand at the as-of moment (links, unlinks and merges
 * included): an incident reported in the period is a repeat when its profile has an incident reported
 * before it; a profile counts when it has more than one incident altogether and at least one reported in
 * the period, once, in the column of the kind of official of its earliest incident in the period (so the
 * total counts distinct profiles). One entry per linked incident.
 */
final class RepeatFigure implements ReportFigure {

    private final Map<UUID, UUID> profileOf = new HashMap<>();

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(IncidentLinkedToProfile.class, IncidentUnlinkedFromProfile.class,
                PerpetratorProfilesMerged.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof IncidentLinkedToProfile linked) {
            profileOf.put(linked.incidentId().value(), linked.perpetratorId().value());
        } else if (event instanceof IncidentUnlinkedFromProfile unlinked) {
            profileOf.remove(unlinked.incidentId().value(), unlinked.perpetratorId().value());
        } else if (event instanceof PerpetratorProfilesMerged merged) {
            UUID survivor = merged.perpetratorId().value();
            List<nl.weerbaar.incident.api.IncidentId> takenOver = merged.incidentsTakenOver() == null
                    ? List.of() : merged.incidentsTakenOver();
            takenOver.forEach(incident -> profileOf.put(incident.value(), survivor));
            profileOf.replaceAll((incident, profile) -> profile.equals(merged.mergedPerpetratorId().value())
                    ? survivor : profile);
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        Map<UUID, Long> firstReported = new HashMap<>();
        Map<UUID, Integer> incidents = new HashMap<>();
        profileOf.forEach((incident, profile) -> {
            IncidentIndex.Facts facts = context.incidents().of(incident);
            if (facts != null) {
                firstReported.merge(profile, facts.reportedAtSecond(), Math::min);
                incidents.merge(profile, 1, Integer::sum);
            }
        });
        Tally tally = new Tally()
                .category("repeatIncidents", "report.row.repeatIncidents")
                .category("repeatProfiles", "report.row.repeatProfiles");
        List<Map<UUID, IncidentIndex.Facts>> earliestInPeriod = List.of(new HashMap<>(), new HashMap<>());
        profileOf.forEach((incident, profile) -> {
            IncidentIndex.Facts facts = context.incidents().of(incident);
            if (facts == null || incidents.get(profile) < 2) {
                return;
            }
            int period = context.periods().indexOf(java.time.Instant.ofEpochSecond(facts.reportedAtSecond()));
            if (period == ReportPeriods.NEITHER) {
                return;
            }
            if (facts.reportedAtSecond() > firstReported.get(profile)) {
                tally.add("repeatIncidents", period, facts.kind());
            }
            earliestInPeriod.get(period).merge(profile, facts,
                    (one, other) -> one.reportedAtSecond() <= other.reportedAtSecond() ? one : other);
        });
        for (int period : new int[] {ReportPeriods.CURRENT, ReportPeriods.PREVIOUS}) {
            for (IncidentIndex.Facts earliest : earliestInPeriod.get(period).values()) {
                tally.add("repeatProfiles", period, earliest.kind());
            }
        }
        report.counts("repeats", tally);
    }
}
