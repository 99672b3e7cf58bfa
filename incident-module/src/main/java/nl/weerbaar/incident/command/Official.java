package nl.weerbaar.incident.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.OfficialRegistered;
import nl.weerbaar.incident.api.RegisterOfficial;
import nl.weerbaar.incident.api.RuleViolation;
import nl.weerbaar.incident.api.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A council member, alderman or mayor of the municipality. */
@Aggregate
class Official {

    @AggregateIdentifier
    private OfficialId officialId;
    private OfficialKind kind;

    Official() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    Official(RegisterOfficial command) {
        List<RuleViolation> violations = command.violations();
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        apply(new OfficialRegistered(command.officialId(), command.name().strip(), command.kind()));
    }

    OfficialKind kind() {
        return kind;
    }

    @EventSourcingHandler
    void on(OfficialRegistered event) {
        officialId = event.officialId();
        kind = event.kind();
    }
}
