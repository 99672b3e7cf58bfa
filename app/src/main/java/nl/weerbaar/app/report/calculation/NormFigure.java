package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.IncidentReported;
import nl.weerbaar.incident.api.NormAdopted;
import nl.weerbaar.incident.api.NormRevised;
import nl.weerbaar.incident.api.NormVersion;

/**
 * Incidents reported in the period by the norms their latest assessment (as of the moment) found crossed;
 * an incident counts once under each norm. Norms are labelled with their code and their title as of the
 * moment, and listed by code. Per incident of the two periods: the small numbers of its norms.
 */
final class NormFigure implements ReportFigure {

    private record Norm(String code, String title) {
    }

    private static final int[] NOT_ASSESSED = new int[0];

    private final Map<UUID, Integer> numbers = new HashMap<>();
    private final Map<Integer, Norm> norms = new HashMap<>();
    private final Map<UUID, int[]> crossed = new HashMap<>();

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(NormAdopted.class, NormRevised.class, IncidentReported.class, IncidentAssessed.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        if (event instanceof NormAdopted adopted) {
            norms.put(number(adopted.normId().value()), new Norm(adopted.code(), adopted.title()));
        } else if (event instanceof NormRevised revised) {
            norms.computeIfPresent(number(revised.normId().value()), (n, norm) -> new Norm(norm.code(), revised.title()));
        } else if (event instanceof IncidentReported reported) {
            if (context.periods().indexOf(reported.reportedAt()) != ReportPeriods.NEITHER) {
                crossed.put(reported.incidentId().value(), NOT_ASSESSED);
            }
        } else if (event instanceof IncidentAssessed assessed) {
            List<NormVersion> applied = assessed.norms() == null ? List.of() : assessed.norms();
            crossed.computeIfPresent(assessed.incidentId().value(), (id, before) -> applied.stream()
                    .mapToInt(version -> number(version.normId().value())).distinct().toArray());
        }
    }

    private int number(UUID normId) {
        return numbers.computeIfAbsent(normId, id -> numbers.size());
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        Tally tally = new Tally();
        norms.values().stream().sorted(Comparator.comparing(Norm::code))
                .forEach(norm -> tally.literal(norm.code(), norm.code() + " " + norm.title()));
        crossed.forEach((incidentId, applied) -> {
            IncidentIndex.Facts facts = context.incidents().of(incidentId);
            int period = context.periods().indexOf(Instant.ofEpochSecond(facts.reportedAtSecond()));
            for (int number : applied) {
                Norm norm = norms.get(number);
                if (norm != null) {
                    tally.add(norm.code(), period, facts.kind());
                }
            }
        });
        report.counts("norms", tally);
    }
}
