package nl.weerbaar.incident.command;

import java.util.Optional;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Reads an official's kind from the official's own event history, not from a (lagging) projection. */
@Component
class EventSourcedOfficialDirectory implements OfficialDirectory {

    private final Repository<Official> officials;

    EventSourcedOfficialDirectory(Repository<Official> officials) {
        this.officials = officials;
    }

    @Override
    public Optional<OfficialKind> kindOf(OfficialId officialId) {
        try {
            return Optional.of(officials.load(officialId.toString()).invoke(Official::kind));
        } catch (AggregateNotFoundException notFound) {
            return Optional.empty();
        }
    }
}
