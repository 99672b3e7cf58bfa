package nl.weerbaar.incident.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An incident is snapshotted every so many events, so a long history loads quickly. */
@Configuration(proxyBeanMethods = false)
class IncidentSnapshots {

    @Bean
    SnapshotTriggerDefinition incidentSnapshotTrigger(Snapshotter snapshotter,
            @Value("${weerbaar.snapshots.incident-threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
