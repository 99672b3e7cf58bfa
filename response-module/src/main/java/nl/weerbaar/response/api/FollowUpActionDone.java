package nl.weerbaar.response.api;

import java.time.Instant;
import java.time.LocalDate;
import nl.weerbaar.incident.api.OfficialId;
import org.axonframework.serialization.Revision;

/** A follow-up action of the safety scan was done; it names the action by position, so it holds no text. */
@Revision("1")
public record FollowUpActionDone(
        SafetyScanId safetyScanId,
        OfficialId officialId,
        int position,
        LocalDate doneOn,
        Instant recordedAt) {
}
