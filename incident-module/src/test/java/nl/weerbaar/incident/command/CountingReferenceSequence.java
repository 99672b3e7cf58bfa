package nl.weerbaar.incident.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.weerbaar.incident.api.IncidentReference;

/** Hands out 2026-0001, 2026-0002, ... and remembers how many it handed out. */
final class CountingReferenceSequence implements ReferenceSequence {

    private final ZoneId zone;
    private int last;

    CountingReferenceSequence(ZoneId zone, int last) {
        this.zone = zone;
        this.last = last;
    }

    @Override
    public IncidentReference next(Instant reportedAt) {
        last++;
        return new IncidentReference(LocalDate.ofInstant(reportedAt, zone).getYear(), last);
    }

    int last() {
        return last;
    }
}
