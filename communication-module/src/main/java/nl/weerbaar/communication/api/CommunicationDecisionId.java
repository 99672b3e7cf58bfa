package nl.weerbaar.communication.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one communication decision (a revision is a decision of its own); chosen by the client or the API. */
public record CommunicationDecisionId(@JsonValue UUID value) {

    public CommunicationDecisionId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CommunicationDecisionId of(String value) {
        return new CommunicationDecisionId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
