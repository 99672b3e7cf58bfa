package nl.weerbaar.incident.command;

import java.time.Clock;
import java.time.Instant;
import nl.weerbaar.incident.api.ErasePerpetratorPersonalData;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.Texts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Erases a profile's personal data, and that of every profile merged into it: those were found to be
 * the same person, so what they say about them goes too. One unit of work: all keys are destroyed,
 * or none.
 */
@Component
class PerpetratorErasure {

    private final Repository<Perpetrator> profiles;

    PerpetratorErasure(Repository<Perpetrator> profiles) {
        this.profiles = profiles;
    }

    @CommandHandler
    void handle(ErasePerpetratorPersonalData command, Clock clock) {
        if (!command.violations().isEmpty()) {
            throw new RuleViolationException(command.violations());
        }
        Aggregate<Perpetrator> profile = ProfileLoader.load(profiles, command.perpetratorId(), "perpetratorId");
        String reason = Texts.normalize(command.reason());
        Instant now = clock.instant();
        profile.execute(erasing -> erasing.erase(reason, now));
        eraseMergedInto(profile, reason, now);
    }

    /** Profiles merged earlier may already be erased on their own; that is no reason to refuse. */
    private void eraseMergedInto(Aggregate<Perpetrator> profile, String reason, Instant now) {
        for (PerpetratorId mergedId : profile.invoke(Perpetrator::mergedProfiles)) {
            Aggregate<Perpetrator> merged = profiles.load(mergedId.toString());
            if (!merged.invoke(Perpetrator::isErased)) {
                merged.execute(erasing -> erasing.erase(reason, now));
            }
            eraseMergedInto(merged, reason, now);
        }
    }
}
