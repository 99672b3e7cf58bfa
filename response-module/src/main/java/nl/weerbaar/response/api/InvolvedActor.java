package nl.weerbaar.response.api;

/** Who, besides the municipality and the official, took part in choosing a response. */
public enum InvolvedActor {
    POLICE,
    PUBLIC_PROSECUTOR,
    NEIGHBOURHOOD_CARE,
    COMMUNITY_TEAM,
    OTHER
}
