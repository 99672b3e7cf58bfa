package nl.weerbaar.response.api;

/** Who holds a stop conversation. */
public enum ConversationConductor {
    /** The official themself, optionally assisted (by whom: the actor description). */
    OFFICIAL,
    MAYOR,
    MAYOR_WITH_POLICE,
    POLICE,
    /** Neighbourhood care, the community team or someone from the perpetrator's social network (which: the actor description). */
    OTHER_ACTOR
}
