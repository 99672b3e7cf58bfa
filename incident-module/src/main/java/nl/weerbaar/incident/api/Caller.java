package nl.weerbaar.incident.api;

import java.util.Objects;

/**
 * The authenticated user on whose request something is read or decided. The application resolves
 * it from the security context; modules take it as a controller argument.
 *
 * @param officialId the official this user is, or {@code null} for staff without an office
 */
public record Caller(String username, Role role, OfficialId officialId) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Need-to-know: the affected official, the case handler the incident is routed to, and the
     * mayor see an incident. Nobody else does.
     */
    public boolean maySee(OfficialId affectedOfficial, Role routedTo) {
        return role == Role.MAYOR
                || (role == routedTo && role.isCaseHandler())
                || (officialId != null && officialId.equals(affectedOfficial));
    }

    public Reporter asReporter() {
        return new Reporter(role, officialId);
    }
}
