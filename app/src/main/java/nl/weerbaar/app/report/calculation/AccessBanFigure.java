package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.response.api.AccessBanLifted;
import nl.weerbaar.response.api.InterventionCancelled;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionType;

/**
 * Access bans imposed in the period (when chosen) and active in it: in force on at least one day of the
 * period, from its first day up to its last day, or up to the day it was lifted or cancelled when that came
 * first (a ban cancelled before its first day was never in force). One small entry per access ban.
 */
final class AccessBanFigure implements ReportFigure {

    private static final class Ban {
        final int kind;
        final LocalDate from;
        LocalDate lastDay;

        Ban(int kind, LocalDate from, LocalDate until) {
            this.kind = kind;
            this.from = from;
            this.lastDay = until;
        }
    }

    private final Tally tally = new Tally()
            .category("imposed", "report.row.bansImposed")
            .category("active", "report.row.bansActive");
    private final Map<UUID, Ban> bans = new HashMap<>();

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(InterventionChosen.class, AccessBanLifted.class, InterventionCancelled.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof InterventionChosen chosen && chosen.type() == InterventionType.ACCESS_BAN
                && chosen.accessBan() != null) {
            IncidentIndex.Facts facts = context.incidents().of(chosen.incidentId().value());
            if (facts != null) {
                tally.add("imposed", context.periods().indexOf(chosen.chosenAt()), facts.kind());
                bans.put(chosen.interventionId().value(),
                        new Ban(facts.kind(), chosen.accessBan().from(), chosen.accessBan().until()));
            }
        } else if (event instanceof AccessBanLifted lifted) {
            endEarly(lifted.interventionId().value(), lifted.liftedAt(), context);
        } else if (event instanceof InterventionCancelled cancelled) {
            endEarly(cancelled.interventionId().value(), cancelled.cancelledAt(), context);
        }
    }

    private void endEarly(UUID interventionId, Instant at, ReportContext context) {
        Ban ban = bans.get(interventionId);
        if (ban != null) {
            LocalDate day = LocalDate.ofInstant(at, context.periods().zone());
            if (day.isBefore(ban.lastDay)) {
                ban.lastDay = day.isBefore(ban.from) ? ban.from.minusDays(1) : day;
            }
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        for (Ban ban : bans.values()) {
            for (int period : new int[] {ReportPeriods.CURRENT, ReportPeriods.PREVIOUS}) {
                if (context.periods().overlaps(period, ban.from, ban.lastDay)) {
                    tally.add("active", period, ban.kind);
                }
            }
        }
        report.counts("accessBans", tally);
    }
}
