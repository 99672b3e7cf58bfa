package nl.weerbaar.aftercare.api;

/** The way damage is recovered from the perpetrator. */
public enum ClaimRoute {
    /** Agreed payment outside court (minnelijke schikking). */
    SETTLEMENT,
    /** A claim before the civil court. */
    CIVIL_CLAIM,
    /** Joining the criminal case as injured party (voeging als benadeelde partij). */
    INJURED_PARTY_IN_CRIMINAL_CASE
}
