package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The profile's personal data was erased: its data key is destroyed with this event. */
@Revision("1")
public record PerpetratorPersonalDataErased(
        PerpetratorId perpetratorId,
        @NotPersonalData("the administrator is asked to give a reason that names no one") String reason,
        Instant erasedAt) {

    /** The data subject whose key is destroyed. */
    public String subject() {
        return perpetratorId.toString();
    }
}
