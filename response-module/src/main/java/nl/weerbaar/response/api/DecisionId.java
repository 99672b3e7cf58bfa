package nl.weerbaar.response.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a decision to take no response for now. */
public record DecisionId(@JsonValue UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DecisionId of(String value) {
        return new DecisionId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
