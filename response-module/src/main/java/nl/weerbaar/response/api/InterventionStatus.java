package nl.weerbaar.response.api;

/** Where an intervention stands: chosen, then carried out or cancelled, never both. */
public enum InterventionStatus {
    CHOSEN,
    COMPLETED,
    CANCELLED
}
