package nl.weerbaar.response.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an intervention; chosen by the client (or the API for it) so re-submission is safe. */
public record InterventionId(@JsonValue UUID value) {

    public InterventionId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static InterventionId of(String value) {
        return new InterventionId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
