package nl.weerbaar.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A row of {@code domain_event_entry} exactly as stored: the bytes the hash chain is computed over. The
 * payload and metadata are the stored bytes, personal data still sealed, so destroying a data key (an
 * erasure) changes nothing here and never breaks the chain.
 */
record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
        String type, String payloadType, String payloadRevision, String timestamp, byte[] payload, byte[] metaData) {

    static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, type, "
            + "payload_type, payload_revision, time_stamp, payload, meta_data";

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("type"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getString("time_stamp"),
                row.getBytes("payload"), row.getBytes("meta_data"));
    }
}
