package nl.weerbaar.app.audit;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the audit trail: one entry per event of every module, with no code per event. It takes every
 * event ({@code Object}), reads what it says from the record's shape ({@link EventFacts}) and who caused
 * it from the metadata, and chains a hash over the event's stored bytes.
 *
 * <p>Its processor has one segment ({@link AuditProcessorConfiguration}): entries are made one at a time
 * in the order of the stream. A late commit can still fill a gap in the global index after later events
 * were trailed; the chain is then re-linked from that position on, so it always follows the global index
 * and a replay ends with exactly the same hashes.
 */
@Component
@ProcessingGroup(AuditTrailProjection.NAME)
public class AuditTrailProjection {

    public static final String NAME = "audit-trail";
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailProjection.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INCIDENT_AGGREGATE = "Incident";
    private static final String CORRELATION_ID = "correlationId";
    private static final String BATCH = AuditTrailProjection.class.getName() + ".batch";

    private final JdbcTemplate jdbc;

    public AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.of(new Arrival(event, message)));
            return;
        }
        // A processor hands over a batch of events in one unit of work: the entries are written together
        // just before it commits, in a handful of statements instead of several per event.
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Arrival> arrivals = batch.getOrComputeResource(BATCH, key -> {
            List<Arrival> pending = new ArrayList<>();
            batch.onPrepareCommit(unit -> write(pending));
            return pending;
        });
        arrivals.add(new Arrival(event, message));
    }

    private record Arrival(Object event, EventMessage<?> message) {
    }

    private record Entry(StoredEvent row, Arrival arrival, EventFacts facts, DomainEventMessage<?> domain,
            String incidentId) {
    }

    private void write(List<Arrival> arrivals) {
        if (arrivals.isEmpty()) {
            return;
        }
        Map<String, StoredEvent> stored = storedRows(arrivals);
        Map<String, String> owners = ownersOf(arrivals);
        List<Entry> entries = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            StoredEvent row = stored.get(arrival.message().getIdentifier());
            if (row == null) {
                // Only events read from the store reach this processor; one that is not there was removed by hand.
                LOG.warn("Event {} is not in the event store; the chain verification will report it",
                        arrival.message().getIdentifier());
                continue;
            }
            EventFacts facts = EventFacts.of(arrival.event());
            DomainEventMessage<?> domain = arrival.message() instanceof DomainEventMessage<?> d ? d : null;
            String incidentId = incidentOf(facts, domain, owners);
            entries.add(new Entry(row, arrival, facts, domain, incidentId));
            ownedObject(facts, domain, incidentId).ifPresent(object -> owners.put(object, incidentId));
        }
        if (entries.isEmpty()) {
            return;
        }
        insertChained(entries);
        remember(entries);
        entries.stream().map(Entry::arrival).map(Arrival::event).forEach(this::scrubIfErasure);
    }

    /** The stored rows of the batch's events, by event identifier, in one query. */
    private Map<String, StoredEvent> storedRows(List<Arrival> arrivals) {
        String[] ids = arrivals.stream().map(arrival -> arrival.message().getIdentifier()).toArray(String[]::new);
        Map<String, StoredEvent> rows = new HashMap<>();
        jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM domain_event_entry WHERE event_identifier = ANY (?)",
                (ResultSet row) -> {
                    StoredEvent event = StoredEvent.read(row);
                    rows.put(event.eventIdentifier(), event);
                }, (Object) ids);
        return rows;
    }

    /** The incidents of the aggregates that some events name only by their own id, in one query. */
    private Map<String, String> ownersOf(List<Arrival> arrivals) {
        String[] aggregates = arrivals.stream().map(Arrival::message)
                .filter(message -> message instanceof DomainEventMessage<?> d && !INCIDENT_AGGREGATE.equals(d.getType()))
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier()).distinct()
                .toArray(String[]::new);
        Map<String, String> owners = new HashMap<>();
        if (aggregates.length > 0) {
            jdbc.query("SELECT object_id, incident_id::text FROM audit_object WHERE object_id = ANY (?)",
                    (ResultSet row) -> {
                        owners.put(row.getString(1), row.getString(2));
                    }, (Object) aggregates);
        }
        return owners;
    }

    /**
     * Writes the entries with their hashes. Normally they all come after the last entry, and each hash is
     * linked to the one before it here; when some come before an existing entry (a late commit filled a
     * gap, or the events are handled again), the chain is re-linked from the first of them on.
     */
    private void insertChained(List<Entry> entries) {
        List<Entry> inOrder = entries.stream().sorted(Comparator.comparingLong(entry -> entry.row().globalIndex()))
                .toList();
        long first = inOrder.get(0).row().globalIndex();
        List<Map<String, Object>> last = jdbc.queryForList(
                "SELECT position, hash FROM audit_entry ORDER BY position DESC LIMIT 1");
        boolean appended = last.isEmpty() || (Long) last.get(0).get("position") < first;
        String hash = last.isEmpty() ? HashChain.START : (String) last.get(0).get("hash");
        List<Object[]> rows = new ArrayList<>();
        for (Entry entry : inOrder) {
            String digest = HashChain.digest(entry.row());
            hash = appended ? HashChain.link(hash, digest) : HashChain.START;
            rows.add(columns(entry, digest, hash));
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_entry (position, event_id, event_type, aggregate_type, aggregate_id, occurred_at,
                    actor, actor_role, on_behalf_of, incident_id, rationale, rationale_subject, official_consulted,
                    vpt, facts, categories, correlation_id, digest, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
                ON CONFLICT (position) DO NOTHING
                """, rows);
        if (!appended) {
            relinkFrom(first);
        }
    }

    private static Object[] columns(Entry entry, String digest, String hash) {
        EventMessage<?> message = entry.arrival().message();
        EventFacts facts = entry.facts();
        return new Object[] {entry.row().globalIndex(), message.getIdentifier(),
                entry.arrival().event().getClass().getSimpleName(), entry.domain() == null ? null : entry.domain().getType(),
                entry.domain() == null ? null : entry.domain().getAggregateIdentifier(),
                Timestamp.from(message.getTimestamp()), metaData(message, CommandMetaData.ACTOR, CommandMetaData.SYSTEM),
                metaData(message, CommandMetaData.ACTOR_ROLE, CommandMetaData.SYSTEM),
                metaData(message, CommandMetaData.ON_BEHALF_OF, null), entry.incidentId(), facts.rationale(),
                facts.rationaleSubject(), facts.officialConsulted(), facts.vpt(), JSON.writeValueAsString(facts.facts()),
                JSON.writeValueAsString(facts.categories()), metaData(message, CORRELATION_ID, null), digest, hash};
    }

    /** The incident: named by the event, the incident's own aggregate, or the aggregate made for it. */
    private static String incidentOf(EventFacts facts, DomainEventMessage<?> domain, Map<String, String> owners) {
        if (facts.incidentId() != null) {
            return facts.incidentId();
        }
        if (domain == null) {
            return null;
        }
        return INCIDENT_AGGREGATE.equals(domain.getType()) ? domain.getAggregateIdentifier()
                : owners.get(domain.getAggregateIdentifier());
    }

    /**
     * An aggregate created for an incident (an intervention, a case update): its later events, which may
     * name only the aggregate, and reads of it belong to that incident.
     */
    private static Optional<String> ownedObject(EventFacts facts, DomainEventMessage<?> domain, String incidentId) {
        return domain != null && domain.getSequenceNumber() == 0 && incidentId != null
                && !INCIDENT_AGGREGATE.equals(domain.getType()) && facts.incidentId() != null
                ? Optional.of(domain.getAggregateIdentifier()) : Optional.empty();
    }

    /**
     * Sets the hash of the entry at {@code position} and of any entry after it (normally none: only when
     * a late commit filled a gap), each over the one before it.
     */
    private void relinkFrom(long position) {
        List<String> previous = jdbc.queryForList(
                "SELECT hash FROM audit_entry WHERE position < ? ORDER BY position DESC LIMIT 1", String.class, position);
        String hash = previous.isEmpty() ? HashChain.START : previous.get(0);
        List<Map<String, Object>> entries = jdbc.queryForList(
                "SELECT position, digest, hash FROM audit_entry WHERE position >= ? ORDER BY position", position);
        for (Map<String, Object> entry : entries) {
            hash = HashChain.link(hash, (String) entry.get("digest"));
            if (!hash.equals(entry.get("hash"))) {
                jdbc.update("UPDATE audit_entry SET hash = ? WHERE position = ?", hash, entry.get("position"));
            }
        }
    }

    /** What later entries, filters and need-to-know need: references, routing, kinds, owned aggregates. */
    private void remember(List<Entry> entries) {
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> officials = new ArrayList<>();
        List<Object[]> objects = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, Object> values = entry.facts().facts();
            String incidentId = entry.incidentId();
            if (incidentId != null && values.get("reference") instanceof String reference
                    && incidentId.equals(entry.facts().incidentId())) {
                incidents.add(new Object[] {incidentId, reference, values.get("officialId"), kindIn(entry.facts()),
                        values.get("handler"), Timestamp.from(entry.arrival().message().getTimestamp())});
            }
            if (values.get("officialId") instanceof String officialId && kindIn(entry.facts()) != null) {
                officials.add(new Object[] {officialId, kindIn(entry.facts())});
            }
            ownedObject(entry.facts(), entry.domain(), incidentId)
                    .ifPresent(object -> objects.add(new Object[] {object, incidentId}));
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_incident (incident_id, reference, official_id, official_kind, handler, reported_at)
                VALUES (?::uuid, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING
                """, incidents);
        jdbc.batchUpdate("INSERT INTO audit_official (official_id, kind) VALUES (?, ?) "
                + "ON CONFLICT (official_id) DO UPDATE SET kind = EXCLUDED.kind", officials);
        jdbc.batchUpdate("INSERT INTO audit_object (object_id, incident_id) VALUES (?, ?::uuid) "
                + "ON CONFLICT (object_id) DO NOTHING", objects);
    }

    private static String kindIn(EventFacts facts) {
        return facts.categories().stream().filter(category -> category.type().equals(OfficialKind.class.getSimpleName()))
                .map(EventFacts.Category::value).findFirst().orElse(null);
    }

    /**
     * An erasure ({@code ...PersonalDataErased} with the {@code subject()} whose key was destroyed) scrubs
     * the rationales sealed with that key, as a replay would read them from then on.
     */
    private void scrubIfErasure(Object event) {
        if (!event.getClass().getSimpleName().endsWith("PersonalDataErased")) {
            return;
        }
        try {
            Method subject = event.getClass().getMethod("subject");
            Object erased = subject.invoke(event);
            if (erased != null) {
                jdbc.update("UPDATE audit_entry SET rationale = ? WHERE rationale_subject = ? AND rationale IS NOT NULL "
                        + "AND rationale <> ?", PersonalData.ERASED, erased.toString(), PersonalData.ERASED);
            }
        } catch (ReflectiveOperationException noSubject) {
            LOG.warn("{} names no subject(); its rationales are not scrubbed", event.getClass().getName());
        }
    }

    private static String metaData(EventMessage<?> message, String key, String absent) {
        Object value = message.getMetaData().get(key);
        return value == null ? absent : value.toString();
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("DELETE FROM audit_incident");
        jdbc.update("DELETE FROM audit_official");
        jdbc.update("DELETE FROM audit_object");
    }
}
