package nl.weerbaar.incident.command;

import java.util.Optional;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;

/** Tells an assessment which version of a norm applies now; empty for an unknown or retired norm. */
interface NormCatalogue {

    Optional<NormVersion> applicable(NormId normId);
}
