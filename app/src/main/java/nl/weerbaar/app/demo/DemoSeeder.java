package nl.weerbaar.app.demo;

import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Registers the demo officials and adopts the demo norms once; on later starts their events are
 * already in the store, and what the administrator has changed since is left as it is.
 */
@Component
@Profile("demo")
class DemoSeeder implements ApplicationRunner {

    private final CommandGateway commands;
    private final EventStore eventStore;

    DemoSeeder(CommandGateway commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Override
    public void run(ApplicationArguments args) {
        sendOnce(DemoData.OFFICIALS.stream(), official -> official.officialId().toString());
        sendOnce(DemoNorms.NORMS.stream(), norm -> norm.normId().toString());
    }

    /** Sends each command whose aggregate has no events yet. */
    private <C> void sendOnce(Stream<C> creations, Function<C, String> aggregateId) {
        creations.filter(command -> eventStore.lastSequenceNumberFor(aggregateId.apply(command)).isEmpty())
                .forEach(commands::sendAndWait);
    }
}
