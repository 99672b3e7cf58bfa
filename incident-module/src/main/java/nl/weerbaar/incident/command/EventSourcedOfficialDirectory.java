package nl.weerbaar.incident.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Reads an official's kind from the official's own event history, not from a (lagging) projection. The
 * kind is fixed at registration ({@code OfficialRegistered}; no event changes it), so once read it is
 * kept: loading the official for every report also locked it until the report was committed, and so
 * made all reports about one official wait for each other.
 */
@Component
class EventSourcedOfficialDirectory implements OfficialDirectory {

    private final Repository<Official> officials;
    private final Map<OfficialId, OfficialKind> known = new ConcurrentHashMap<>();

    EventSourcedOfficialDirectory(Repository<Official> officials) {
        this.officials = officials;
    }

    @Override
    public Optional<OfficialKind> kindOf(OfficialId officialId) {
        OfficialKind kind = known.get(officialId);
        if (kind != null) {
            return Optional.of(kind);
        }
        try {
            kind = officials.load(officialId.toString()).invoke(Official::kind);
            known.put(officialId, kind);
            return Optional.of(kind);
        } catch (AggregateNotFoundException notFound) {
            return Optional.empty();
        }
    }
}
