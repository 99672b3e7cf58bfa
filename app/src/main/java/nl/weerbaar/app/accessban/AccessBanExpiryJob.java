package nl.weerbaar.app.accessban;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaar.incident.api.ConflictException;
import nl.weerbaar.response.api.AccessBansDueForExpiry;
import nl.weerbaar.response.api.ExpireAccessBan;
import nl.weerbaar.response.api.InterventionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ends the access bans whose last day has passed (municipality time). It asks the responses read
 * model for candidates; each ban decides again (due, not lifted, cancelled or expired already), so a
 * lagging read model or another node running the same job at once never expires a ban twice.
 */
@Component
public class AccessBanExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(AccessBanExpiryJob.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;

    AccessBanExpiryJob(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** @return how many bans expired in this run */
    public int run() {
        List<InterventionId> due = queries.query(new AccessBansDueForExpiry(LocalDate.now(clock)),
                ResponseTypes.multipleInstancesOf(InterventionId.class)).join();
        int expired = 0;
        for (InterventionId ban : due) {
            try {
                commands.sendAndWait(new ExpireAccessBan(ban));
                expired++;
            } catch (ConflictException settled) {
                // Expired by another node, or lifted or cancelled since the read model was read: the ban decided.
                LOG.info("Access ban {} not expired: {}", ban, settled.getMessage());
            }
        }
        if (!due.isEmpty()) {
            LOG.info("Access-ban expiry: {} of {} candidate bans expired", expired, due.size());
        }
        return expired;
    }
}
