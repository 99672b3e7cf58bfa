package nl.weerbaar.communication.query;

import java.util.Set;
import nl.weerbaar.communication.api.CommunicationDecided;
import nl.weerbaar.communication.api.CommunicationDecisionExecuted;
import nl.weerbaar.communication.api.FalsehoodCorrectionApproved;
import nl.weerbaar.communication.api.FalsehoodCorrectionPublished;
import nl.weerbaar.communication.api.FalsehoodCorrectionRequested;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentPersonalDataErased;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The communication projection handles its events in order per incident, not per aggregate: an
 * incident's erasure (an event of the incident) and its decisions and corrections (events of other
 * aggregates) then meet in one segment, one after the other. Per aggregate they could run at once in
 * two segments' transactions, and a row inserted while the erasure's update ran would miss it.
 */
@Configuration(proxyBeanMethods = false)
class CommunicationProcessing {

    @Bean
    ConfigurerModule communicationSequencedPerIncident() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(CommunicationProjection.NAME, configuration -> PER_INCIDENT);
    }

    /** The payload types that name an incident; others are not read (their payload stays serialized). */
    private static final Set<Class<?>> ABOUT_AN_INCIDENT = Set.of(CommunicationDecided.class,
            CommunicationDecisionExecuted.class, FalsehoodCorrectionRequested.class, FalsehoodCorrectionApproved.class,
            FalsehoodCorrectionPublished.class, IncidentPersonalDataErased.class);

    static final SequencingPolicy<EventMessage<?>> PER_INCIDENT = event -> {
        IncidentId incident = ABOUT_AN_INCIDENT.contains(event.getPayloadType()) ? incidentOf(event.getPayload()) : null;
        return incident != null ? incident.value()
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    };

    private static IncidentId incidentOf(Object payload) {
        if (payload instanceof CommunicationDecided event) {
            return event.incidentId();
        } else if (payload instanceof CommunicationDecisionExecuted event) {
            return event.incidentId();
        } else if (payload instanceof FalsehoodCorrectionRequested event) {
            return event.incidentId();
        } else if (payload instanceof FalsehoodCorrectionApproved event) {
            return event.incidentId();
        } else if (payload instanceof FalsehoodCorrectionPublished event) {
            return event.incidentId();
        } else if (payload instanceof IncidentPersonalDataErased event) {
            return event.incidentId();
        }
        return null;
    }
}
