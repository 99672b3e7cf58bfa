package nl.weerbaar.app.retention;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import nl.weerbaar.incident.api.ApplyRetention;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.incident.api.ErasePerpetratorPersonalData;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentsDueForErasure;
import nl.weerbaar.incident.api.PerpetratorId;
import nl.weerbaar.incident.api.PerpetratorsDueForErasure;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.RetentionPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases what has outlived its retention period. It asks the register for candidates; each incident
 * decides again (closed long enough, no legal hold) before it is erased.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final ProjectionSync projections;

    RetentionJob(QueryGateway queries, CommandGateway commands, RetentionPolicy policy, Clock clock,
            ProjectionSync projections) {
        this.queries = queries;
        this.commands = commands;
        this.policy = policy;
        this.clock = clock;
        this.projections = projections;
    }

    /**
     * Erases the incidents whose retention is over, then the perpetrator profiles that no longer serve
     * any incident kept (or, never linked, are older than the retention period).
     *
     * @return how many incidents and profiles were erased
     */
    public int run() {
        int erased = eraseIncidents();
        projections.awaitAllCaughtUp(ProjectionSync.DEFAULT_WAIT);
        return erased + eraseProfiles();
    }

    private int eraseIncidents() {
        List<IncidentId> due = queries.query(new IncidentsDueForErasure(
                policy.incidentsClosedBefore(ZonedDateTime.now(clock))),
                ResponseTypes.multipleInstancesOf(IncidentId.class)).join();
        int erased = 0;
        for (IncidentId incident : due) {
            try {
                commands.sendAndWait(new ApplyRetention(incident));
                erased++;
            } catch (ConflictException notDue) {
                // Reopened or held since the register was read: the incident decided, nothing to do.
                LOG.info("Retention skipped incident {}: {}", incident, notDue.getMessage());
            }
        }
        LOG.info("Retention: {} of {} candidate incidents erased", erased, due.size());
        return erased;
    }

    private int eraseProfiles() {
        List<PerpetratorId> due = queries.query(new PerpetratorsDueForErasure(
                policy.incidentsClosedBefore(ZonedDateTime.now(clock))),
                ResponseTypes.multipleInstancesOf(PerpetratorId.class)).join();
        int erased = 0;
        for (PerpetratorId profile : due) {
            try {
                commands.sendAndWait(new ErasePerpetratorPersonalData(profile, RetentionPolicy.ERASURE_REASON));
                erased++;
            } catch (ConflictException alreadyErased) {
                LOG.info("Retention skipped profile {}: {}", profile, alreadyErased.getMessage());
            }
        }
        LOG.info("Retention: {} of {} candidate perpetrator profiles erased", erased, due.size());
        return erased;
    }
}
