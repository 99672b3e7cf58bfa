package nl.weerbaar.incident.api;

/** The command contradicts what was already decided (answered as 409); nothing was stored. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
