package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.PersonalData;
import org.axonframework.serialization.Revision;

/**
 * The CCV carried out the safety scan. Its advice maps the official's personal risks (home, family,
 * routines), so every text is personal data of the official.
 */
@Revision("1")
public record SafetyScanCarriedOut(
        SafetyScanId safetyScanId,
        OfficialId officialId,
        LocalDate carriedOutOn,
        @PersonalData(subject = "officialId") String adviceSummary,
        @PersonalData(subject = "officialId") List<String> followUpActions,
        Instant recordedAt) {
}
