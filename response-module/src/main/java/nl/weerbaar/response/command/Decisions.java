package nl.weerbaar.response.command;

import java.util.List;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;

/** The refusals every response decision shares. */
final class Decisions {

    private Decisions() {
    }

    /**
     * Responses are decided by a case handler (clerk, secretary or mayor), never by the official: the
     * official is consulted, which the decision records. Which case handler may see the incident is
     * checked before the command is sent.
     */
    static void requireCaseHandler(Role role) {
        if (role == null || !role.isCaseHandler()) {
            throw new NotPermittedException("Alleen een behandelaar of de burgemeester besluit over een reactie.");
        }
    }

    static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
