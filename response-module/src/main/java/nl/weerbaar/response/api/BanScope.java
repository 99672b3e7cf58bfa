package nl.weerbaar.response.api;

/** Where an access ban applies. */
public enum BanScope {
    TOWN_HALL,
    /** An area, described in words. */
    AREA
}
