package nl.weerbaar.app.axon;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers the last event an HTTP request appended, so that its read-your-writes waits until the
 * projections have passed that event rather than the head of the store: under load the head moves on
 * with everybody else's events, and each answer then waited for the others' as well.
 */
@Component
class RequestWrites {

    private static final String LAST_EVENT = RequestWrites.class.getName() + ".lastEvent";

    private final JdbcTemplate jdbc;

    RequestWrites(EventStore eventStore, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // Called in the thread that publishes, before the commit: a request's own events.
        eventStore.subscribe(this::published);
    }

    private void published(List<? extends EventMessage<?>> events) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && !events.isEmpty()) {
            request.setAttribute(LAST_EVENT, events.get(events.size() - 1).getIdentifier(),
                    RequestAttributes.SCOPE_REQUEST);
        }
    }

    /**
     * The position in the store of the last event this request appended; empty outside a request, when
     * it appended none, or when that event was not committed after all.
     */
    OptionalLong lastPosition() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object eventId = request == null ? null : request.getAttribute(LAST_EVENT, RequestAttributes.SCOPE_REQUEST);
        if (eventId == null) {
            return OptionalLong.empty();
        }
        List<Long> position = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?",
                Long.class, eventId);
        return position.isEmpty() ? OptionalLong.empty() : OptionalLong.of(position.get(0));
    }
}
