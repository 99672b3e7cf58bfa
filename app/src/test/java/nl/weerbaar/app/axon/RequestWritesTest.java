package nl.weerbaar.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.ApplicationTest;
import nl.weerbaar.app.demo.DemoData;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Read-your-writes waits for the request's own last event: which one that is. */
class RequestWritesTest extends ApplicationTest {

    @Autowired
    private RequestWrites requestWrites;
    @Autowired
    private CommandGateway commands;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestKnowsThePositionOfTheLastEventItAppended() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(requestWrites.lastPosition()).as("nothing appended yet").isEmpty();

        IncidentId incident = new IncidentId(UUID.randomUUID());
        commands.sendAndWait(report(incident));

        assertThat(requestWrites.lastPosition()).hasValue(jdbc.queryForObject(
                "SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                incident.value().toString()));
    }

    @Test
    void outsideARequestThereIsNoneAndARefusedCommandLeavesItAsItWas() {
        // Spring's test support runs each test inside a mock request: leave it, as a scheduled job would be.
        RequestContextHolder.resetRequestAttributes();
        IncidentId incident = new IncidentId(UUID.randomUUID());
        commands.sendAndWait(report(incident));
        assertThat(requestWrites.lastPosition()).as("outside a request").isEmpty();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThatThrownBy(() -> commands.sendAndWait(report(incident, "Iets anders")))
                .as("another report under the same id");
        assertThat(requestWrites.lastPosition()).isEmpty();
    }

    private static ReportIncident report(IncidentId id) {
        return report(id, "Uitgescholden op de markt");
    }

    private static ReportIncident report(IncidentId id, String description) {
        return new ReportIncident(id, DemoData.ANNA_DE_VRIES, new Reporter(Role.OFFICIAL, DemoData.ANNA_DE_VRIES),
                Instant.parse("2026-11-01T10:00:00Z"), "Markt", Channel.IN_PERSON, Set.of(Behaviour.VERBAL_AGGRESSION),
                description, null, null);
    }
}
