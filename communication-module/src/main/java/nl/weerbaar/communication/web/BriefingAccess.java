package nl.weerbaar.communication.web;

import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;

/**
 * Who reads the party leaders' briefing: the council reviewer (for the council's review) and the case
 * handlers who prepare the meeting. It names nobody, so handlers see incidents routed to others too; the
 * officials and the administrator do not read it here.
 */
final class BriefingAccess {

    private BriefingAccess() {
    }

    static boolean mayRead(Role role) {
        return role == Role.COUNCIL_REVIEWER || role.isCaseHandler();
    }

    static void require(Caller caller) {
        if (!mayRead(caller.role())) {
            throw new NotPermittedException("Alleen de raad (inzage) en de behandelaars lezen de briefing.");
        }
    }
}
