package nl.weerbaar.aftercare.api;

import nl.weerbaar.incident.api.ConflictException;

/**
 * A command of this module that contradicts what was already recorded, with a code so a page can say it
 * in the reader's language ({@code aftercare.conflict.<code>}); the message is the Dutch text the API
 * answers.
 */
public class AftercareConflict extends ConflictException {

    private final String code;

    public AftercareConflict(String code, String message) {
        super("aftercare.conflict." + code, message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
