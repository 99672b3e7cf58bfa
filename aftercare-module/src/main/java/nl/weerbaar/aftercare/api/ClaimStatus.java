package nl.weerbaar.aftercare.api;

/** Where a damage claim stands. A claim starts {@link #SUBMITTED}. */
public enum ClaimStatus {
    SUBMITTED,
    IN_PROGRESS,
    AWARDED,
    PARTLY_AWARDED,
    REJECTED,
    WITHDRAWN;

    /** A rejected or withdrawn claim brings in nothing more. */
    public boolean endsRecovery() {
        return this == REJECTED || this == WITHDRAWN;
    }
}
