package nl.weerbaar.incident.api;

/** What a user of the system does in the protocol. A user has exactly one role. */
public enum Role {
    /** A council member or alderman reporting and following their own incidents. */
    OFFICIAL,
    CLERK,
    MUNICIPAL_SECRETARY,
    /** The mayor: an official and a case handler for every incident. */
    MAYOR,
    COUNCIL_REVIEWER,
    ADMINISTRATOR;

    public boolean isCaseHandler() {
        return this == CLERK || this == MUNICIPAL_SECRETARY || this == MAYOR;
    }

    /** Case handlers pick the official an incident concerns; the administrator maintains the list. */
    public boolean mayListOfficials() {
        return isCaseHandler() || this == ADMINISTRATOR;
    }

    public boolean mayRegisterOfficials() {
        return this == ADMINISTRATOR;
    }

    /** Erasing personal data and placing legal holds: the administrator, who sees no incident content. */
    public boolean mayManageRetention() {
        return this == ADMINISTRATOR;
    }

    /** Adopting, rewording and retiring norms of the norms framework: the administrator, for council and college. */
    public boolean mayMaintainNorms() {
        return this == ADMINISTRATOR;
    }
}
