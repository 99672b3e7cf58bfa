package nl.weerbaar.incident.query;

import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.BehaviourType;
import nl.weerbaar.incident.api.IncidentAssessed;
import nl.weerbaar.incident.api.NormVersion;
import nl.weerbaar.incident.api.Severity;

/**
 * The current assessment of an incident.
 *
 * @param number               1 for the first assessment, higher for revisions
 * @param needsPromptResponse  instrumental behaviour or an acute threat: a boundary must be set soon
 */
public record AssessmentView(int number, BehaviourType behaviourType, Severity severity, List<NormVersion> norms,
        String rationale, Instant assessedAt, boolean needsPromptResponse) {

    static AssessmentView of(int number, BehaviourType behaviourType, Severity severity, List<NormVersion> norms,
            String rationale, Instant assessedAt) {
        return new AssessmentView(number, behaviourType, severity, norms, rationale, assessedAt,
                IncidentAssessed.needsPromptResponse(behaviourType, severity));
    }
}
