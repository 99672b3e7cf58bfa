package nl.weerbaar.incident.command;

import java.time.Instant;
import nl.weerbaar.incident.api.IncidentReference;

/** Hands out incident references: per year of reporting, numbered from 1, never twice. */
interface ReferenceSequence {

    IncidentReference next(Instant reportedAt);
}
