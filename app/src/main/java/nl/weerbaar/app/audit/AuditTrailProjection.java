package nl.weerbaar.app.audit;

import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
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

    private final JdbcTemplate jdbc;

    public AuditTrailProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS
                + " FROM domain_event_entry WHERE event_identifier = ?", (row, n) -> StoredEvent.read(row),
                message.getIdentifier());
        if (stored.isEmpty()) {
            // Only events read from the store reach this processor; one that is not there was removed by hand.
            LOG.warn("Event {} is not in the event store; the chain verification will report it",
                    message.getIdentifier());
            return;
        }
        StoredEvent row = stored.get(0);
        EventFacts facts = EventFacts.of(event);
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String aggregateType = domain == null ? null : domain.getType();
        String aggregateId = domain == null ? null : domain.getAggregateIdentifier();
        String incidentId = incidentOf(facts, aggregateType, aggregateId);

        jdbc.update("""
                INSERT INTO audit_entry (position, event_id, event_type, aggregate_type, aggregate_id, occurred_at,
                    actor, actor_role, on_behalf_of, incident_id, rationale, rationale_subject, official_consulted,
                    vpt, facts, categories, correlation_id, digest, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::uuid, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
                ON CONFLICT (position) DO NOTHING
                """, row.globalIndex(), message.getIdentifier(), event.getClass().getSimpleName(), aggregateType,
                aggregateId, Timestamp.from(message.getTimestamp()), metaData(message, CommandMetaData.ACTOR,
                        CommandMetaData.SYSTEM),
                metaData(message, CommandMetaData.ACTOR_ROLE, CommandMetaData.SYSTEM),
                metaData(message, CommandMetaData.ON_BEHALF_OF, null), incidentId, facts.rationale(),
                facts.rationaleSubject(), facts.officialConsulted(), facts.vpt(), JSON.writeValueAsString(facts.facts()),
                JSON.writeValueAsString(facts.categories()), metaData(message, CORRELATION_ID, null),
                HashChain.digest(row), HashChain.START);
        relinkFrom(row.globalIndex());
        remember(facts, domain, incidentId, message);
        scrubIfErasure(event);
    }

    /** The incident: named by the event, the incident's own aggregate, or the aggregate made for it. */
    private String incidentOf(EventFacts facts, String aggregateType, String aggregateId) {
        if (facts.incidentId() != null) {
            return facts.incidentId();
        }
        if (INCIDENT_AGGREGATE.equals(aggregateType)) {
            return aggregateId;
        }
        if (aggregateId == null) {
            return null;
        }
        List<String> owner = jdbc.queryForList("SELECT incident_id::text FROM audit_object WHERE object_id = ?",
                String.class, aggregateId);
        return owner.isEmpty() ? null : owner.get(0);
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
    private void remember(EventFacts facts, DomainEventMessage<?> domain, String incidentId, EventMessage<?> message) {
        Map<String, Object> values = facts.facts();
        if (incidentId != null && values.get("reference") instanceof String reference
                && incidentId.equals(facts.incidentId())) {
            jdbc.update("""
                    INSERT INTO audit_incident (incident_id, reference, official_id, official_kind, handler, reported_at)
                    VALUES (?::uuid, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING
                    """, incidentId, reference, values.get("officialId"), kindIn(facts), values.get("handler"),
                    Timestamp.from(message.getTimestamp()));
        }
        if (values.get("officialId") instanceof String officialId && kindIn(facts) != null) {
            jdbc.update("INSERT INTO audit_official (official_id, kind) VALUES (?, ?) "
                    + "ON CONFLICT (official_id) DO UPDATE SET kind = EXCLUDED.kind", officialId, kindIn(facts));
        }
        // An aggregate created for an incident (an intervention, a case update): its later events, which
        // may name only the aggregate, and reads of it belong to that incident.
        if (domain != null && domain.getSequenceNumber() == 0 && incidentId != null
                && !INCIDENT_AGGREGATE.equals(domain.getType()) && facts.incidentId() != null) {
            jdbc.update("INSERT INTO audit_object (object_id, incident_id) VALUES (?, ?::uuid) "
                    + "ON CONFLICT (object_id) DO NOTHING", domain.getAggregateIdentifier(), incidentId);
        }
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
