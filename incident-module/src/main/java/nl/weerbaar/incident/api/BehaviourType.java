package nl.weerbaar.incident.api;

/** The protocol's distinction: some understanding may be shown for frustration; instrumental behaviour needs a boundary soon. */
public enum BehaviourType {
    FRUSTRATION,
    INSTRUMENTAL
}
