package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an incident; chosen by the client (the report form carries it) so re-submission is safe. */
public record IncidentId(@JsonValue UUID value) {

    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static IncidentId of(String value) {
        return new IncidentId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
