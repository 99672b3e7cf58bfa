package nl.weerbaar.app.axon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads how far every segment of every processor has come, straight from {@code token_entry}, without
 * claiming anything: with several nodes, a node sees only its own segments in memory, and the others'
 * progress only here. A token is written in the same transaction as the projection rows it covers, so
 * a position read here is a position whose rows are committed.
 */
@Component
class TokenPositions {

    /** One segment: its owner ({@code null} when released) and the global index it has passed (-1: none). */
    record SegmentPosition(String processor, int segment, String owner, long position) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    /** @param serializer the one the token store writes with (Axon's primary serializer) */
    TokenPositions(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<SegmentPosition> of(String processor) {
        return jdbc.query("SELECT processor_name, segment, owner, token_type, token FROM token_entry "
                + "WHERE processor_name = ? ORDER BY segment", (rs, i) -> new SegmentPosition(rs.getString(1),
                rs.getInt(2), rs.getString(3), position(rs.getString(4), rs.getBytes(5))), processor);
    }

    /** Every processor's segments, in one query (for the metrics). */
    Map<String, List<SegmentPosition>> all() {
        Map<String, List<SegmentPosition>> byProcessor = new HashMap<>();
        jdbc.query("SELECT processor_name, segment, owner, token_type, token FROM token_entry "
                + "ORDER BY processor_name, segment", rs -> {
                    SegmentPosition segment = new SegmentPosition(rs.getString(1), rs.getInt(2), rs.getString(3),
                            position(rs.getString(4), rs.getBytes(5)));
                    byProcessor.computeIfAbsent(segment.processor(), name -> new ArrayList<>()).add(segment);
                });
        return byProcessor;
    }

    private long position(String type, byte[] token) {
        if (type == null || token == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }
}
