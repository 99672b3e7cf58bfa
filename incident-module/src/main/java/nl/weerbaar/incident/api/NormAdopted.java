package nl.weerbaar.incident.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A norm entered the norms framework (its version 1). */
@Revision("1")
public record NormAdopted(
        NormId normId,
        int version,
        @NotPersonalData("a norm agreed by council and college, public") String code,
        @NotPersonalData("a norm agreed by council and college, public") String title,
        @NotPersonalData("a norm agreed by council and college, public") String description,
        LocalDate adoptedOn) {
}
