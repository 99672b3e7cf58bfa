package nl.weerbaar.incident.command;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.LinkPerpetrator;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import nl.weerbaar.incident.api.UnlinkPerpetrator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Links an incident to a profile, and undoes a mistaken link. Both sides change in one unit of work
 * (one transaction): the incident records the link and whether it is a repeat, the profile counts the
 * incident, so the next link to the same person sees it.
 *
 * <p>A link to a profile that was merged into another goes to the profile it was merged into: that
 * is the person's profile now (a bookmark or a suggestion may still name the old one).
 */
@Component
class PerpetratorLinking {

    private final Repository<Incident> incidents;
    private final Repository<Perpetrator> profiles;

    PerpetratorLinking(Repository<Incident> incidents, Repository<Perpetrator> profiles) {
        this.incidents = incidents;
        this.profiles = profiles;
    }

    @CommandHandler
    void handle(LinkPerpetrator command, Clock clock) {
        Aggregate<Incident> incident = incident(command.incidentId());
        Aggregate<Perpetrator> profile = ProfileLoader.current(profiles, command.perpetratorId(), "perpetratorId");
        PerpetratorId perpetratorId = profile.invoke(Perpetrator::perpetratorId);
        Instant now = clock.instant();
        List<IncidentId> previous = profile.invoke(Perpetrator::incidentsBeforeLink);
        incident.execute(linked -> linked.linkPerpetrator(perpetratorId, command.linkedBy(), previous, now));
        profile.execute(counting -> counting.countLink(command.incidentId(), now));
    }

    @CommandHandler
    void handle(UnlinkPerpetrator command, Clock clock) {
        Aggregate<Incident> incident = incident(command.incidentId());
        Instant now = clock.instant();
        PerpetratorId unlinked = incident.invoke(linked -> linked.unlinkPerpetrator(command, now));
        ProfileLoader.current(profiles, unlinked, "perpetratorId")
                .execute(counting -> counting.countUnlink(command.incidentId(), now));
    }

    private Aggregate<Incident> incident(IncidentId incidentId) {
        try {
            return incidents.load(incidentId.toString());
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolationException(List.of(new RuleViolation("incidentId", RuleViolation.UNKNOWN)));
        }
    }
}
