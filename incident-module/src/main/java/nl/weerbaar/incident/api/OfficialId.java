package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an official (council member, alderman or mayor). */
public record OfficialId(@JsonValue UUID value) {

    public OfficialId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static OfficialId of(String value) {
        return new OfficialId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
