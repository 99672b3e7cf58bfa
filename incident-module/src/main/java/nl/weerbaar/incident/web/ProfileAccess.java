package nl.weerbaar.incident.web;

import nl.weerbaar.incident.api.Caller;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.PerpetratorId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who reaches perpetrator profiles: the case handlers. Officials see only the link on their own
 * incident (the incident shows it); the administrator erases without reading.
 */
final class ProfileAccess {

    private ProfileAccess() {
    }

    static void requireCaseHandler(Caller caller) {
        if (!caller.role().isCaseHandler()) {
            throw new NotPermittedException("Alleen de griffier, de gemeentesecretaris en de burgemeester werken met "
                    + "daderprofielen.");
        }
    }

    static void requireAdministrator(Caller caller) {
        if (!caller.role().mayManageRetention()) {
            throw new NotPermittedException("Alleen de functioneel beheerder wist persoonsgegevens.");
        }
    }

    static ResponseStatusException notFound(PerpetratorId perpetratorId) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Perpetrator profile " + perpetratorId + " not found");
    }
}
