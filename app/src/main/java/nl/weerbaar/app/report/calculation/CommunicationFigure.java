package nl.weerbaar.app.report.calculation;

import java.util.List;
import java.util.Set;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.InternalAudience;

/**
 * Communication decisions taken in the period (on the day decided), and by audience: each decision counts
 * once under every internal audience it includes, and under "external" when it communicates externally.
 * A revision is a decision of its own, so it counts in the period it was taken, as the decision it revises
 * did in its own. Holds nothing per decision.
 */
final class CommunicationFigure implements ReportFigure {

    static final String DECISIONS = "decisions";
    static final String EXTERNAL = "EXTERNAL";

    private final Tally tally = new Tally().category(DECISIONS, "report.row.communicationDecisions");

    CommunicationFigure() {
        for (InternalAudience audience : InternalAudience.values()) {
            tally.category(audience.name(), "audience." + audience.name());
        }
        tally.category(EXTERNAL, "report.row.communicationExternal");
    }

    @Override
    public Set<Class<?>> eventTypes() {
        return Set.of(CommunicationDecided.class);
    }

    @Override
    public void on(Object event, ReportContext context) {
        CommunicationDecided decided = (CommunicationDecided) event;
        IncidentIndex.Facts facts = context.incidents().of(decided.incidentId().value());
        if (facts == null) {
            return;
        }
        int period = context.periods().indexOf(decided.decidedAt());
        tally.add(DECISIONS, period, facts.kind());
        List<InternalAudience> audiences = decided.internalAudiences() == null ? List.of()
                : decided.internalAudiences();
        for (InternalAudience audience : audiences.stream().distinct().toList()) {
            tally.add(audience.name(), period, facts.kind());
        }
        if (decided.external()) {
            tally.add(EXTERNAL, period, facts.kind());
        }
    }

    @Override
    public void contribute(ReportContext context, ReportBuilder report) {
        report.counts("communication", tally);
    }
}
