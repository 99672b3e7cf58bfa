package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The human reference of an incident: year of reporting and sequence within that year, {@code 2026-0042}. */
public record IncidentReference(int year, int number) {

    public IncidentReference {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1) {
            throw new IllegalArgumentException("number must be positive: " + number);
        }
    }

    @JsonCreator
    public static IncidentReference parse(String text) {
        int dash = text.indexOf('-');
        if (dash != 4) {
            throw new IllegalArgumentException("not a reference: " + text);
        }
        return new IncidentReference(Integer.parseInt(text.substring(0, dash)), Integer.parseInt(text.substring(dash + 1)));
    }

    @JsonValue
    @Override
    public String toString() {
        return String.format("%04d-%04d", year, number);
    }
}
