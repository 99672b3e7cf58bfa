package nl.weerbaar.communication.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import nl.weerbaar.incident.api.IncidentId;

/**
 * Identifies the communication file of one incident: the aggregate that holds all its communication
 * decisions in order, so a revision always knows which decision it replaces. Derived from the incident's
 * id (a name-based UUID) rather than equal to it, because aggregate identifiers share one event store
 * with the incident itself.
 */
public record CommunicationId(@JsonValue UUID value) {

    public CommunicationId {
        Objects.requireNonNull(value, "value");
    }

    public static CommunicationId of(IncidentId incidentId) {
        return new CommunicationId(UUID.nameUUIDFromBytes(
                ("communication:" + incidentId.value()).getBytes(StandardCharsets.UTF_8)));
    }

    @JsonCreator
    public static CommunicationId of(String value) {
        return new CommunicationId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
