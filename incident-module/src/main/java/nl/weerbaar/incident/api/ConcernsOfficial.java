package nl.weerbaar.incident.api;

/** A command about one official; its official is recorded as {@link CommandMetaData#ON_BEHALF_OF}. */
public interface ConcernsOfficial {

    OfficialId officialId();
}
