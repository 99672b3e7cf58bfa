package nl.weerbaar.response.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a CCV safety scan for an official. */
public record SafetyScanId(@JsonValue UUID value) {

    public SafetyScanId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SafetyScanId of(String value) {
        return new SafetyScanId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
