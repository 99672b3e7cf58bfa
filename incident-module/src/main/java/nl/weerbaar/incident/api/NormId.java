package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a norm of the norms framework (normering), across its versions. */
public record NormId(@JsonValue UUID value) {

    public NormId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static NormId of(String value) {
        return new NormId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
