package nl.weerbaar.app.report.calculation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.OfficialKind;

/**
 * What every figure may need about any incident, kept compactly: the kind of official (for the
 * small-count rule) and when it was reported, plus two flags. One entry per incident reported up to the
 * as-of moment, about 150 bytes each (the UUID key, the map entry and this object): 100,000 incidents
 * take about 15 MB, however many events they have. Events themselves are never kept.
 */
public final class IncidentIndex {

    /** The facts of one incident; the flags are set by the figure that owns them. */
    public static final class Facts {
        private final byte kind;
        private final long reportedAt;
        boolean registered;
        boolean responded;

        Facts(OfficialKind kind, Instant reportedAt) {
            this.kind = (byte) kind.ordinal();
            this.reportedAt = reportedAt.getEpochSecond();
        }

        public int kind() {
            return kind;
        }

        public long reportedAtSecond() {
            return reportedAt;
        }
    }

    private final Map<UUID, Facts> incidents = new HashMap<>();

    void reported(UUID incidentId, OfficialKind kind, Instant reportedAt) {
        incidents.putIfAbsent(incidentId, new Facts(kind, reportedAt));
    }

    /** The incident's facts, or {@code null} for an incident not reported as of the moment (never expected). */
    public Facts of(UUID incidentId) {
        return incidents.get(incidentId);
    }

    public int size() {
        return incidents.size();
    }
}
