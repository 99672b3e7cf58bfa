package nl.weerbaar.incident.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The incident's personal data was erased: its data key is destroyed with this event. The event
 * itself holds no personal data, so the erasure stays visible in the history (who, when, why).
 *
 * @param automatic {@code true} when the retention job erased it
 */
@Revision("1")
public record IncidentPersonalDataErased(
        IncidentId incidentId,
        @NotPersonalData("the administrator is asked to give a reason that names no one; the retention job "
                + "gives a fixed text") String reason,
        boolean automatic,
        Instant erasedAt) {

    /** The data subject whose key is destroyed. */
    public String subject() {
        return incidentId.toString();
    }
}
