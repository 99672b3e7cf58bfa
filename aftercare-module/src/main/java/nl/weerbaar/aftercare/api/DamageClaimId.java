package nl.weerbaar.aftercare.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a damage claim; chosen by the client (or the API for it) so re-submission is safe. */
public record DamageClaimId(@JsonValue UUID value) {

    public DamageClaimId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DamageClaimId of(String value) {
        return new DamageClaimId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
