package nl.weerbaar.response.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a risk analysis before a public meeting. */
public record MeetingRiskAnalysisId(@JsonValue UUID value) {

    public MeetingRiskAnalysisId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static MeetingRiskAnalysisId of(String value) {
        return new MeetingRiskAnalysisId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
