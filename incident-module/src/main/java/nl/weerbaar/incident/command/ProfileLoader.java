package nl.weerbaar.incident.command;

import java.util.List;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loads perpetrator profiles for the handlers that decide across aggregates, in their unit of work. */
final class ProfileLoader {

    private ProfileLoader() {
    }

    /** @param field the input field that named the profile, so an unknown one is answered at that field */
    static Aggregate<Perpetrator> load(Repository<Perpetrator> profiles, PerpetratorId perpetratorId, String field) {
        if (perpetratorId == null) {
            throw new RuleViolationException(List.of(new RuleViolation(field, RuleViolation.REQUIRED)));
        }
        try {
            return profiles.load(perpetratorId.toString());
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolationException(List.of(new RuleViolation(field, RuleViolation.UNKNOWN)));
        }
    }

    /**
     * The profile that stands for the person now: the given one, or the profile it was merged into
     * (and so on: a survivor may itself be merged later). Merged profiles never merge again, so the
     * chain ends.
     */
    static Aggregate<Perpetrator> current(Repository<Perpetrator> profiles, PerpetratorId perpetratorId,
            String field) {
        Aggregate<Perpetrator> profile = load(profiles, perpetratorId, field);
        PerpetratorId survivor = profile.invoke(Perpetrator::mergedInto);
        while (survivor != null) {
            profile = load(profiles, survivor, field);
            survivor = profile.invoke(Perpetrator::mergedInto);
        }
        return profile;
    }
}
