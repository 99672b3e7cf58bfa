package nl.weerbaar.app.demo;

import nl.weerbaar.incident.api.RegisterOfficial;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Registers the demo officials once; on later starts their events are already in the store. */
@Component
@Profile("demo")
class DemoOfficialsSeeder implements ApplicationRunner {

    private final CommandGateway commands;
    private final EventStore eventStore;

    DemoOfficialsSeeder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (RegisterOfficial official : DemoData.OFFICIALS) {
            if (eventStore.lastSequenceNumberFor(official.officialId().toString()).isEmpty()) {
                commands.sendAndWait(official);
            }
        }
    }
}
