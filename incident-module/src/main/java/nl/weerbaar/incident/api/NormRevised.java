package nl.weerbaar.incident.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A norm was reworded: this is its new version. */
@Revision("1")
public record NormRevised(
        NormId normId,
        int version,
        @NotPersonalData("a norm agreed by council and college, public") String title,
        @NotPersonalData("a norm agreed by council and college, public") String description,
        LocalDate revisedOn) {
}
