package nl.weerbaar.communication.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a request to correct a falsehood from the municipal account; chosen by the client or the API. */
public record FalsehoodCorrectionId(@JsonValue UUID value) {

    public FalsehoodCorrectionId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static FalsehoodCorrectionId of(String value) {
        return new FalsehoodCorrectionId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
