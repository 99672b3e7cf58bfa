package nl.weerbaar.incident.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A norm no longer applies to new assessments. */
@Revision("1")
public record NormRetired(NormId normId, int version, LocalDate retiredOn) {
}
