package nl.weerbaar.incident.api;

/** The caller may not take this decision (answered as 403); nothing was stored. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
