package nl.weerbaar.incident.api;

import org.axonframework.serialization.Revision;

/** An official became known to the system. */
@Revision("1")
public record OfficialRegistered(
        OfficialId officialId, @PersonalData(subject = "officialId") String name, OfficialKind kind) {
}
