package nl.weerbaar.incident.api;

/** How serious an incident is judged to be. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    ACUTE
}
