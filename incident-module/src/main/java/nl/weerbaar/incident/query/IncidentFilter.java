package nl.weerbaar.incident.query;

import java.time.LocalDate;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialKind;

/**
 * Narrows the register; every part is optional.
 *
 * @param from reported on or after this day (municipality time)
 * @param to   reported on or before this day
 */
public record IncidentFilter(IncidentStatus status, LocalDate from, LocalDate to, OfficialKind officialKind,
        Behaviour behaviour, Channel channel, Boolean repeat) {

    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null, null);
}
