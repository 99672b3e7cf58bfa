package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a perpetrator profile: the alleged perpetrator, a data subject of their own. */
public record PerpetratorId(@JsonValue UUID value) {

    public PerpetratorId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static PerpetratorId of(String value) {
        return new PerpetratorId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
