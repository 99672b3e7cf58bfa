package nl.weerbaar.app.report.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a frozen report. */
public record ReportId(@JsonValue UUID value) {

    public ReportId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ReportId of(String value) {
        return new ReportId(UUID.fromString(value));
    }

    /** Axon uses {@code toString()} as the aggregate identifier. */
    @Override
    public String toString() {
        return value.toString();
    }
}
