package nl.weerbaar.response.api;

/** The public meetings the protocol asks a risk analysis for. */
public enum MeetingKind {
    PUBLIC_PARTICIPATION,
    INFORMATION
}
