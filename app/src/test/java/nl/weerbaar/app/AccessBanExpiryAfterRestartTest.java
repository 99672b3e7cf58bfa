package nl.weerbaar.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.demo.DemoData;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.AccessBanTerms;
import nl.weerbaar.response.api.BanScope;
import nl.weerbaar.response.api.ChooseIntervention;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The expiry deadline is persistent: a ban whose end passed while the application was down expires
 * after the restart, exactly once. A plain application has the real clock, so the ban has already
 * ended when it is chosen (the aggregate only refuses an end before the start).
 */
class AccessBanExpiryAfterRestartTest {

    private static final String EXPIRED = "nl.weerbaar.response.api.AccessBanExpired";

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void noPhoningHome() {
        WeerbaarApplication.quietAxon();
    }

    @Test
    void aBanThatEndedWhileTheApplicationWasDownExpiresOnceAfterTheRestart() {
        InterventionId ban = new InterventionId(UUID.randomUUID());
        // The first run's job waits an hour: it is closed before the job could expire the ban.
        try (ConfigurableApplicationContext app = start("1h")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            IncidentId incident = new IncidentId(UUID.randomUUID());
            commands.sendAndWait(new ReportIncident(incident, DemoData.ANNA_DE_VRIES,
                    new Reporter(Role.OFFICIAL, DemoData.ANNA_DE_VRIES), Instant.parse("2026-11-02T09:00:00Z"),
                    "Gemeentehuis", Channel.PHONE, Set.of(Behaviour.THREAT), "Dreigend telefoongesprek", null, null));
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            commands.sendAndWait(new ChooseIntervention(incident, ban, InterventionType.ACCESS_BAN,
                    new Consultation(true, "Anna wil hem niet meer zien."), "Intimidatie aan de balie.", Set.of(),
                    null, null, null, new AccessBanTerms(BanScope.TOWN_HALL, null, today.minusDays(10),
                            today.minusDays(1), "Art. 174 Gemeentewet"), Role.CLERK));
            // The first run's job may or may not get to it before the stop (its first round runs at start);
            // either way, after the restart the ban must have expired exactly once.
        }
        try (ConfigurableApplicationContext app = start("1s")) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> expiredEvents(app, ban) == 1);
            // The job keeps running every second: it must not expire the ban again.
            Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
                    .until(() -> expiredEvents(app, ban) == 1);
        }
    }

    private ConfigurableApplicationContext start(String expiryInterval) {
        return new SpringApplicationBuilder(WeerbaarApplication.class).run("--server.port=0",
                "--weerbaar.embedded-database.data-directory=" + dataDirectory.resolve("postgres"),
                "--weerbaar.access-bans.expiry-interval=" + expiryInterval,
                "--weerbaar.scheduler.polling-interval=1s");
    }

    private static int expiredEvents(ConfigurableApplicationContext app, InterventionId ban) {
        return app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", Integer.class, ban.value().toString(), EXPIRED);
    }
}
