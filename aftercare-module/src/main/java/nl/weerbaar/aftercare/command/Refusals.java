package nl.weerbaar.aftercare.command;

import java.util.List;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;

/** The refusals every aftercare command shares. */
final class Refusals {

    private Refusals() {
    }

    /**
     * Aftercare is recorded by a case handler (clerk, secretary or mayor), who facilitates it; the
     * official reads it. Which case handler may see the incident is checked before the command is sent.
     */
    static void requireCaseHandler(Role role) {
        if (role == null || !role.isCaseHandler()) {
            throw new NotPermittedException("Alleen een behandelaar of de burgemeester legt nazorg vast.");
        }
    }

    /** @param context the command's message context, so "what" or "note" get the right wording */
    static void refuseIfAny(String context, List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(context, violations);
        }
    }

    static void refuse(String context, String field, String code) {
        refuseIfAny(context, List.of(new RuleViolation(field, code)));
    }
}
