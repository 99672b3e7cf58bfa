package nl.weerbaar.communication.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaar.incident.api.FindIncidentFacts;
import nl.weerbaar.incident.api.IncidentFacts;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.ResponseOutline;
import nl.weerbaar.response.api.ResponsesOfIncidents;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Composes the party leaders' briefing. Which incidents may be shared is this module's own knowledge
 * (the current communication decision); their facts come from the incident module and their responses
 * from the response module, both through api queries that answer kinds and codes only, never texts or
 * names. Days are the municipality's (the clock's zone).
 */
@Component
public class Briefings {

    private static final String NO_RESPONSE = "NO_RESPONSE";

    private final CommunicationDecisions decisions;
    private final QueryGateway queries;
    private final Clock clock;

    public Briefings(CommunicationDecisions decisions, QueryGateway queries, Clock clock) {
        this.decisions = decisions;
        this.queries = queries;
        this.clock = clock;
    }

    /** The incidents reported from {@code from} up to and including {@code to} that may be shared. */
    public PartyLeadersBriefing partyLeaders(LocalDate from, LocalDate to) {
        List<IncidentId> shared = decisions.sharedWithPartyLeaders();
        List<IncidentFacts> facts = shared.isEmpty() ? List.of() : queries.query(new FindIncidentFacts(shared),
                ResponseTypes.multipleInstancesOf(IncidentFacts.class)).join().stream()
                .filter(incident -> within(LocalDate.ofInstant(incident.reportedAt(), clock.getZone()), from, to))
                .toList();
        Map<IncidentId, List<ResponseOutline>> responses = facts.isEmpty() ? Map.of() : queries.query(
                new ResponsesOfIncidents(facts.stream().map(IncidentFacts::incidentId).toList()),
                ResponseTypes.multipleInstancesOf(ResponseOutline.class)).join().stream()
                .sorted(Comparator.comparing(ResponseOutline::decidedAt))
                .collect(Collectors.groupingBy(ResponseOutline::incidentId, LinkedHashMap::new, Collectors.toList()));
        List<PartyLeadersBriefing.Item> items = new ArrayList<>();
        for (IncidentFacts incident : facts) {
            items.add(new PartyLeadersBriefing.Item(items.size() + 1,
                    LocalDate.ofInstant(incident.reportedAt(), clock.getZone()), incident.officialKind(),
                    incident.channel(), incident.behaviours(),
                    incident.severity() == null ? null
                            : new PartyLeadersBriefing.Assessment(incident.behaviourType(), incident.severity()),
                    responses.getOrDefault(incident.incidentId(), List.of()).stream()
                            .map(response -> new PartyLeadersBriefing.Response(response.kind(), response.status()))
                            .toList(),
                    incident.status()));
        }
        return new PartyLeadersBriefing(from, to, clock.instant(), items, totals(items));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static PartyLeadersBriefing.Totals totals(List<PartyLeadersBriefing.Item> items) {
        return new PartyLeadersBriefing.Totals(items.size(),
                count(items, item -> List.of(item.officialKind())),
                count(items, item -> List.of(item.channel())),
                count(items, PartyLeadersBriefing.Item::behaviours),
                count(items, item -> item.assessment() == null ? List.of() : List.of(item.assessment().behaviourType())),
                count(items, item -> item.assessment() == null ? List.of() : List.of(item.assessment().severity())),
                countKinds(items),
                count(items, item -> List.of(item.status())));
    }

    /** Enum values in their declared order. */
    private static <E extends Enum<E>> Map<E, Long> count(List<PartyLeadersBriefing.Item> items,
            Function<PartyLeadersBriefing.Item, Collection<E>> values) {
        Map<E, Long> counts = new TreeMap<>();
        items.forEach(item -> values.apply(item).forEach(value -> counts.merge(value, 1L, Long::sum)));
        return new LinkedHashMap<>(counts);
    }

    /** Incidents per kind of response, each kind once per incident; intervention types first, in ladder order. */
    private static Map<String, Long> countKinds(List<PartyLeadersBriefing.Item> items) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (InterventionType type : InterventionType.values()) {
            order.add(type.name());
        }
        order.add(NO_RESPONSE);
        for (String kind : order) {
            long incidents = items.stream()
                    .filter(item -> item.responses().stream().anyMatch(response -> response.kind().equals(kind)))
                    .count();
            if (incidents > 0) {
                counts.put(kind, incidents);
            }
        }
        return counts;
    }
}
