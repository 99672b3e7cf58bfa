package nl.weerbaar.incident.api;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The incident was assessed; a later assessment revises it and the history keeps every one.
 *
 * @param assessment      1 for the first assessment, 2 for the first revision, ...
 * @param norms           the exact norm versions applied
 */
@Revision("1")
public record IncidentAssessed(
        IncidentId incidentId,
        int assessment,
        BehaviourType behaviourType,
        Severity severity,
        List<NormVersion> norms,
        @PersonalData(subject = "incidentId") String rationale,
        Instant assessedAt) {

    /** Instrumental behaviour or an acute threat needs a response as soon as possible. */
    public static boolean needsPromptResponse(BehaviourType behaviourType, Severity severity) {
        return behaviourType == BehaviourType.INSTRUMENTAL || severity == Severity.ACUTE;
    }
}
