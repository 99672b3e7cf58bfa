package nl.weerbaar.app.demo;

import nl.weerbaar.incident.api.AdoptNorm;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Adopts the demo norms once; on later starts their events are already in the store, and a norm the
 * administrator has since reworded or retired is left as it is.
 */
@Component
@Profile("demo")
class DemoNormsSeeder implements ApplicationRunner {

    private final CommandGateway commands;
    private final EventStore eventStore;

    DemoNormsSeeder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (AdoptNorm norm : DemoNorms.NORMS) {
            if (eventStore.lastSequenceNumberFor(norm.normId().toString()).isEmpty()) {
                commands.sendAndWait(norm);
            }
        }
    }
}
