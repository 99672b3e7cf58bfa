package nl.weerbaar.aftercare.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies an aftercare request; chosen by the client (or the API for it) so re-submission is safe. */
public record AftercareId(@JsonValue UUID value) {

    public AftercareId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static AftercareId of(String value) {
        return new AftercareId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
