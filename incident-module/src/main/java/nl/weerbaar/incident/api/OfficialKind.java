package nl.weerbaar.incident.api;

/** The kind of office an official holds; it decides who handles the official's incidents. */
public enum OfficialKind {
    COUNCIL_MEMBER,
    ALDERMAN,
    MAYOR;

    /**
     * The protocol's routing rule: the clerk is the first contact for council members, the
     * municipal secretary for members of the college (aldermen and the mayor).
     */
    public Role caseHandler() {
        return this == COUNCIL_MEMBER ? Role.CLERK : Role.MUNICIPAL_SECRETARY;
    }
}
