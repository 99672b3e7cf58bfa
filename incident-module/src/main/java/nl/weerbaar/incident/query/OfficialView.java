package nl.weerbaar.incident.query;

import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;

/** An official as the register shows them. */
public record OfficialView(OfficialId officialId, String name, OfficialKind kind) {
}
