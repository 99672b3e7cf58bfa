package nl.weerbaar.incident.query;

import java.time.LocalDate;
import nl.weerbaar.incident.api.NormId;

/** One version of a norm of the norms framework. */
public record NormView(NormId normId, int version, String code, String title, String description,
        LocalDate validFrom, LocalDate retiredOn) {

    public boolean isRetired() {
        return retiredOn != null;
    }
}
