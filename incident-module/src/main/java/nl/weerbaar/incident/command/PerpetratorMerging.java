package nl.weerbaar.incident.command;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.MergePerpetrators;
import nl.weerbaar.incident.api.NotPermittedException;
import nl.weerbaar.incident.api.Role;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Two profiles turn out to be one person: the first takes over the other's incidents, and the other
 * points to it from then on. Both change in one unit of work.
 */
@Component
class PerpetratorMerging {

    private final Repository<Perpetrator> profiles;

    PerpetratorMerging(Repository<Perpetrator> profiles) {
        this.profiles = profiles;
    }

    @CommandHandler
    void handle(MergePerpetrators command, Clock clock) {
        Role role = command.mergedBy();
        if (role == null || !role.isCaseHandler()) {
            throw new NotPermittedException("Alleen de griffier, de gemeentesecretaris en de burgemeester voegen "
                    + "daderprofielen samen.");
        }
        if (command.perpetratorId() != null && command.perpetratorId().equals(command.otherPerpetratorId())) {
            throw new ConflictException("perpetrators.refusal.mergeSelf",
                    "Een daderprofiel kan niet met zichzelf worden samengevoegd.");
        }
        Aggregate<Perpetrator> survivor = ProfileLoader.load(profiles, command.perpetratorId(), "perpetratorId");
        Aggregate<Perpetrator> other = ProfileLoader.load(profiles, command.otherPerpetratorId(), "otherPerpetratorId");
        Instant now = clock.instant();
        List<IncidentId> handedOver = other.invoke(Perpetrator::incidentsToHandOver);
        survivor.execute(taking -> taking.takeOver(command.otherPerpetratorId(), handedOver, now));
        other.execute(merged -> merged.mergeInto(command.perpetratorId(), now));
    }
}
