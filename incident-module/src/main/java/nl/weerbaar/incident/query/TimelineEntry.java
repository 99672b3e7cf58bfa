package nl.weerbaar.incident.query;

import java.time.Instant;

/**
 * One decision in an incident's history.
 *
 * @param action what happened: the event's name, which pages show in Dutch ({@code timeline.<action>})
 * @param detail a short non-personal addition (an outcome, a severity), or {@code null}
 */
public record TimelineEntry(Instant at, String action, String actor, String actorRole, String detail) {
}
