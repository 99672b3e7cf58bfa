package nl.weerbaar.aftercare.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a case update from police or public prosecutor; chosen by the client (or the API for it) so re-submission is safe. */
public record CaseUpdateId(@JsonValue UUID value) {

    public CaseUpdateId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CaseUpdateId of(String value) {
        return new CaseUpdateId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
