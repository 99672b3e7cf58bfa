package nl.weerbaar.communication.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentStatus;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.Severity;

/**
 * The anonymised briefing for the party leaders' meeting: the incidents reported in a period whose
 * current communication decision allows informing the party leaders, each by number only (no reference,
 * name, text or id), with totals.
 *
 * @param from the first day reported, inclusive
 * @param to   the last day reported, inclusive
 */
public record PartyLeadersBriefing(LocalDate from, LocalDate to, Instant generatedAt, List<Item> incidents,
        Totals totals) {

    /**
     * One incident, as far as it may be told without naming anyone.
     *
     * @param number     1, 2, ... in the order of reporting; means nothing outside this briefing
     * @param assessment {@code null} while not assessed
     */
    public record Item(int number, LocalDate reportedOn, OfficialKind officialKind, Channel channel,
            List<Behaviour> behaviours, Assessment assessment, List<Response> responses, IncidentStatus status) {
    }

    public record Assessment(BehaviourType behaviourType, Severity severity) {
    }

    /**
     * @param kind   an intervention type name, or {@code NO_RESPONSE}
     * @param status {@code CHOSEN}, {@code COMPLETED}, {@code CANCELLED}, or {@code DECIDED}
     */
    public record Response(String kind, String status) {
    }

    /**
     * Counts over the listed incidents, in the order of each list of values; values that do not occur
     * are left out. An incident with several behaviours counts for each.
     *
     * @param byResponse counts incidents per kind of response they got (not the responses themselves)
     */
    public record Totals(int incidents, Map<OfficialKind, Long> byOfficialKind, Map<Channel, Long> byChannel,
            Map<Behaviour, Long> byBehaviour, Map<BehaviourType, Long> byBehaviourType, Map<Severity, Long> bySeverity,
            Map<String, Long> byResponse, Map<IncidentStatus, Long> byStatus) {
    }
}
