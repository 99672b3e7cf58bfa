package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.demo.DemoData;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.IncidentReportReceipt;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded database keeps its data directory: stop and start the application and every incident is there. */
class RestartTest {

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void noPhoningHome() {
        WeerbaarApplication.quietAxon();
    }

    @Test
    void incidentsSurviveARestartAndAreNotProjectedTwice() {
        IncidentReportReceipt first;
        try (ConfigurableApplicationContext app = start()) {
            first = report(app);
            awaitRegisterCount(app, 1);
        }
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?",
                    String.class, first.incidentId().value())).isEqualTo(first.reference().toString());
            assertThat(jdbc.queryForObject("SELECT count(*) FROM official", Integer.class)).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE type = 'Norm'",
                    Integer.class)).as("the demo norms, adopted once").isEqualTo(8);

            IncidentReportReceipt second = report(app);
            assertThat(second.reference().number()).isEqualTo(first.reference().number() + 1);
            awaitRegisterCount(app, 2);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WeerbaarApplication.class)
                .run("--server.port=0", "--weerbaar.embedded-database.data-directory=" + dataDirectory.resolve("postgres"));
    }

    private static IncidentReportReceipt report(ConfigurableApplicationContext app) {
        return app.getBean(CommandGateway.class).sendAndWait(new ReportIncident(new IncidentId(UUID.randomUUID()),
                DemoData.ANNA_DE_VRIES, new Reporter(Role.OFFICIAL, DemoData.ANNA_DE_VRIES),
                Instant.parse("2026-11-02T09:00:00Z"), "Gemeentehuis", Channel.PHONE, Set.of(Behaviour.THREAT),
                "Dreigend telefoongesprek", null, null));
    }

    private static void awaitRegisterCount(ConfigurableApplicationContext app, int expected) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> jdbc.queryForObject("SELECT count(*) FROM incident_register", Integer.class) == expected);
        // Give a double projection the chance to show itself before concluding there is none.
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(
                () -> jdbc.queryForObject("SELECT count(*) FROM incident_register", Integer.class) == expected);
    }
}
