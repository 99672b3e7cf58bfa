package nl.weerbaar.incident.command;

import java.util.Optional;
import nl.weerbaar.incident.api.NormId;
import nl.weerbaar.incident.api.NormVersion;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Answers which version of a norm applies from the norm's own event history, not from a (lagging)
 * projection: an assessment made right after a revision records the new version.
 */
@Component
class EventSourcedNormCatalogue implements NormCatalogue {

    private final Repository<Norm> norms;

    EventSourcedNormCatalogue(Repository<Norm> norms) {
        this.norms = norms;
    }

    @Override
    public Optional<NormVersion> applicable(NormId normId) {
        try {
            return norms.load(normId.toString()).invoke(Norm::applicableVersion);
        } catch (AggregateNotFoundException notFound) {
            return Optional.empty();
        }
    }
}
