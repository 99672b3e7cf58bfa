package nl.weerbaar.incident.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the reporter knows about the alleged perpetrator; every part is optional.
 *
 * @param handle an online handle, e.g. on social media
 */
public record PerpetratorDetails(String name, String handle, String description) {

    @JsonIgnore
    public boolean isEmpty() {
        return isBlank(name) && isBlank(handle) && isBlank(description);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
