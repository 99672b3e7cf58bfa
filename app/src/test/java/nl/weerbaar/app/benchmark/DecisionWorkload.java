package nl.weerbaar.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Workload 2: decisions on incidents that exist, each loading its aggregate from its history: the
 * discussion that registers an incident and its assessment, on distinct incidents. Then whether
 * snapshots pay: loading one incident with a long history (many revised assessments) from its
 * snapshot and from all its events.
 */
final class DecisionWorkload {

    private final Http http;
    private final EventStore eventStore;

    DecisionWorkload(Http http, EventStore eventStore) {
        this.http = http;
        this.eventStore = eventStore;
    }

    List<Figures> run(List<UUID> incidents, int[] clientCounts, int longHistory) throws Exception {
        String token = http.token("griffier", "demo");
        List<Figures> figures = new ArrayList<>();
        int per = incidents.size() / clientCounts.length;
        int offset = 0;
        for (int clients : clientCounts) {
            List<UUID> slice = incidents.subList(offset, offset + per);
            offset += per;
            figures.add(Load.run("2 decisions", "discussion (registers)", clients, slice.size(), i ->
                    http.post(token, "/api/incidents/" + slice.get(i) + "/discussions", Payloads.discussion(), 200)));
            figures.add(Load.run("2 decisions", "assessment", clients, slice.size(), i ->
                    http.post(token, "/api/incidents/" + slice.get(i) + "/assessments", Payloads.assessment(i), 200)));
        }
        figures.addAll(snapshots(token, incidents.get(incidents.size() - 1), longHistory));
        return figures;
    }

    /** One incident revised {@code history} times; its load time with and without the snapshot. */
    private List<Figures> snapshots(String token, UUID incident, int history) throws Exception {
        String path = "/api/incidents/" + incident + "/assessments";
        http.post(token, "/api/incidents/" + incident + "/discussions", Payloads.discussion(), 200);
        for (int i = 0; i < history; i++) {
            http.post(token, path, Payloads.assessment(i), 200);
        }
        List<Figures> figures = new ArrayList<>();
        figures.add(Load.run("2 decisions", "assessment, " + history + "-event history", 1, 100,
                i -> http.post(token, path, Payloads.assessment(i), 200)));
        String id = incident.toString();
        figures.add(Load.run("2 decisions", "load " + history + " events: from snapshot", 1, 200,
                i -> drain(eventStore.readEvents(id))));
        figures.add(Load.run("2 decisions", "load " + history + " events: all events", 1, 200,
                i -> drain(eventStore.readEvents(id, 0))));
        return figures;
    }

    /** Deserializes (and decrypts) every message, as loading the aggregate does. */
    private static void drain(DomainEventStream stream) {
        while (stream.hasNext()) {
            stream.next().getPayload();
        }
    }
}
