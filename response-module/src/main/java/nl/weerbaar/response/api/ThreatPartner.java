package nl.weerbaar.response.api;

/** Who the municipality agreed acute-threat measures with: the protocol names police and OM. */
public enum ThreatPartner {
    POLICE,
    PUBLIC_PROSECUTOR
}
