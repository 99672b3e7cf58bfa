package nl.weerbaar.app.axon;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import nl.weerbaar.incident.api.IncidentId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Projections handle the events about one incident in order, whichever aggregate published them: an
 * incident's erasure (an event of the incident) and, say, a case update or a response about it (events
 * of other aggregates) then meet in one segment, one after the other. Ordered per aggregate only, they
 * could be handled at the same time in two segments, and a row written during the erasure's update
 * kept its texts or its flag (seen in a replay). Events that name no incident keep their order per
 * aggregate.
 */
final class PerIncidentSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final PerIncidentSequencingPolicy INSTANCE = new PerIncidentSequencingPolicy();

    /** The {@code incidentId} component of an event record, looked up once per type. */
    private static final ClassValue<Optional<RecordComponent>> INCIDENT = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals("incidentId")
                            && component.getType() == IncidentId.class)
                    .findFirst() : Optional.empty();
        }
    };

    private PerIncidentSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Optional<RecordComponent> component = INCIDENT.get(event.getPayloadType());
        if (component.isPresent()) {
            try {
                if (component.get().getAccessor().invoke(event.getPayload()) instanceof IncidentId incident) {
                    return incident.value();
                }
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("Cannot read the incident of " + event.getPayloadType(), unreadable);
            }
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
