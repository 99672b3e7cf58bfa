package nl.weerbaar.response.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies the measures agreed against an acute threat to an official. */
public record ThreatMeasureId(@JsonValue UUID value) {

    public ThreatMeasureId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ThreatMeasureId of(String value) {
        return new ThreatMeasureId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
