package nl.weerbaar.incident.command;

import java.util.Optional;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;

/** Tells the command side what kind of office an official holds, which decides an incident's routing. */
interface OfficialDirectory {

    Optional<OfficialKind> kindOf(OfficialId officialId);
}
