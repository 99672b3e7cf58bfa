package nl.weerbaar.incident.api;

/**
 * Keys of the Axon metadata every command carries and every event it causes inherits: who sent it
 * and on whose behalf. This is what makes each stored event traceable to a person and a role.
 */
public final class CommandMetaData {

    /** Username of the person (or {@value #SYSTEM} for the application itself). */
    public static final String ACTOR = "actor";
    /** The actor's role, a {@link Role} name or {@value #SYSTEM}. */
    public static final String ACTOR_ROLE = "actorRole";
    /** The official the command concerns, when it concerns one. */
    public static final String ON_BEHALF_OF = "onBehalfOf";
    /** Actor name and role for what the application does by itself (seeding, scheduled jobs). */
    public static final String SYSTEM = "SYSTEM";

    private CommandMetaData() {
    }
}
