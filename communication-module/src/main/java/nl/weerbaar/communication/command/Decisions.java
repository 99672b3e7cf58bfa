package nl.weerbaar.communication.command;

import java.util.List;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;

/** The refusals the communication decisions share. */
final class Decisions {

    private Decisions() {
    }

    /**
     * A case handler (clerk, secretary or mayor) records what was decided; the official takes part and
     * agrees, which the decision records, but does not record it. Which case handler may see the
     * incident is checked before the command is sent.
     */
    static void requireCaseHandler(Role role) {
        if (role == null || !role.isCaseHandler()) {
            throw new NotPermittedException("Alleen een behandelaar of de burgemeester legt communicatie vast.");
        }
    }

    static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    static void refuse(String field, String code) {
        throw new RuleViolationException(List.of(new RuleViolation(field, code)));
    }
}
