package nl.weerbaar.app.report.calculation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store read as a stream, in global-index order, through a PostgreSQL cursor (a read-only
 * transaction with a fetch size), so a report over millions of events holds one batch at a time.
 *
 * <p><b>Stored up to T</b> means: the event's {@code time_stamp} column is at or before T. Axon sets it
 * when the event is created inside its command, just before the command's short transaction commits, so
 * an event is visible a moment after its time stamp; a report as of a moment a few seconds ago could
 * still gain an event from a command in flight (freezing therefore refuses an as-of moment that recent).
 * Later corrections (a revised assessment, an unlinked profile) carry later time stamps, so they never
 * change a report as of an earlier moment.
 *
 * <p>Payloads pass Axon's upcaster chain and are deserialized without their personal data (every
 * {@code @PersonalData} text is {@code null}): a report needs none and opens no data key. Only the
 * payload types asked for are read; the filter is on the stored type name, so an upcaster that renames
 * an event type must have the old name added here.
 */
public final class EventHistory {

    private static final int FETCH_SIZE = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    /**
     * @param serializer the event serializer, reading without personal data
     * @param upcasters  the application's upcaster chain
     */
    public EventHistory(JdbcTemplate jdbc, TransactionTemplate transactions, Serializer serializer,
            EventUpcaster upcasters) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.serializer = serializer;
        this.upcasters = upcasters;
    }

    /**
     * Hands the payload of every event of these types stored up to {@code asOf} to {@code handler}, oldest
     * first; answers how many events were read.
     */
    public long replay(Instant asOf, Collection<Class<?>> types, Consumer<Object> handler) {
        List<String> typeNames = types.stream().map(type -> serializer.typeForClass(type).getName()).distinct()
                .toList();
        String sql = "SELECT global_index, type, aggregate_identifier, sequence_number, event_identifier, time_stamp,"
                + " payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
                + " WHERE payload_type IN (" + typeNames.stream().map(name -> "?").collect(Collectors.joining(", "))
                + ") AND CAST(time_stamp AS timestamptz) <= ? ORDER BY global_index";
        long[] read = {0};
        readOnly.executeWithoutResult(status -> jdbc.query(sql, statement -> {
            int parameter = 1;
            for (String name : typeNames) {
                statement.setString(parameter++, name);
            }
            statement.setTimestamp(parameter, Timestamp.from(asOf));
        }, row -> {
            GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(row.getString("type"),
                    row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                    row.getString("event_identifier"), row.getString("time_stamp"), row.getString("payload_type"),
                    row.getString("payload_revision"), row.getBytes("payload"), row.getBytes("meta_data"));
            TrackedDomainEventData<byte[]> data = new TrackedDomainEventData<>(
                    new GlobalSequenceTrackingToken(row.getLong("global_index")), entry);
            EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), serializer, upcasters)
                    .forEach(message -> handler.accept(message.getPayload()));
            read[0]++;
        }));
        return read[0];
    }
}
