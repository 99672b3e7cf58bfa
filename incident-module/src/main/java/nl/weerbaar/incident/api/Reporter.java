package nl.weerbaar.incident.api;

/**
 * Who reports an incident, as far as the rules care: the reporter's role and, if they hold an
 * office, which official they are.
 */
public record Reporter(Role role, OfficialId officialId) {

    /** An official reports for themselves; a case handler may report on behalf of any official. */
    public boolean mayReportFor(OfficialId affectedOfficial) {
        return role.isCaseHandler() || (officialId != null && officialId.equals(affectedOfficial));
    }
}
