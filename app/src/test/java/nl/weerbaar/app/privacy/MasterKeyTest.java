package nl.weerbaar.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.app.WeerbaarApplication;
import nl.weerbaar.incident.api.Behaviour;
import nl.weerbaar.incident.api.Channel;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.OfficialId;
import nl.weerbaar.incident.api.OfficialKind;
import nl.weerbaar.incident.api.RegisterOfficial;
import nl.weerbaar.incident.api.ReportIncident;
import nl.weerbaar.incident.api.Reporter;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.incident.query.IncidentRegister;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production path (an external PostgreSQL) needs the master key the database was set up with:
 * without one, or with another, the start ends with advice and nothing is changed.
 */
class MasterKeyTest {

    private static EmbeddedPostgres database;

    @TempDir
    Path temp;

    /** A database of its own per test: each starts from "never encrypted". */
    private String databaseName;

    @BeforeEach
    void freshDatabase() throws java.sql.SQLException {
        databaseName = "weerbaar_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = database.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + databaseName);
        }
    }

    @BeforeAll
    static void startExternalDatabase() throws IOException {
        WeerbaarApplication.quietAxon();
        database = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopExternalDatabase() throws IOException {
        database.close();
    }

    @Test
    void theStartNeedsTheMasterKeyTheDatabaseWasEncryptedWith() {
        String rightKey = newKey();
        IncidentId incident = reportWith(rightKey, "Bedreigd op het plein");
        long events = eventCount();

        assertThatThrownBy(() -> start()).satisfies(failure ->
                assertThat(advice(failure).getDescription()).contains("No master key is configured"));
        assertThatThrownBy(() -> start("--WEERBAAR_MASTER_KEY=" + newKey())).satisfies(failure -> {
            FailureAnalysis analysis = advice(failure);
            assertThat(analysis.getDescription()).contains("is not the key this database was encrypted with");
            assertThat(analysis.getAction()).contains("WEERBAAR_MASTER_KEY", "weerbaar.master-key-file",
                    "No data was changed");
        });
        assertThatThrownBy(() -> start("--WEERBAAR_MASTER_KEY=not-base64!")).satisfies(failure ->
                assertThat(advice(failure).getDescription()).contains("not 32 bytes in Base64"));

        assertThat(eventCount()).isEqualTo(events);
        try (ConfigurableApplicationContext app = start("--WEERBAAR_MASTER_KEY=" + rightKey)) {
            // Read back through the aggregate's own history, which decrypts every field.
            assertThat(app.getBean(EventStore.class).readEvents(incident.toString()).asStream()
                    .map(event -> event.getPayload().toString()).findFirst().orElseThrow())
                    .contains("Bedreigd op het plein");
            assertThat(app.getBean(IncidentRegister.class)).isNotNull();
        }
    }

    @Test
    void theMasterKeyCanBeRotatedWithoutTouchingTheEvents() {
        String oldKey = newKey();
        String newKey = newKey();
        IncidentId incident = reportWith(oldKey, "Geïntimideerd op de markt");

        for (String[] keys : new String[][] {
                {"--WEERBAAR_MASTER_KEY=" + oldKey, "--WEERBAAR_NEW_MASTER_KEY=" + newKey},
                // Started again with both still set: the rotation is found done.
                {"--WEERBAAR_MASTER_KEY=" + oldKey, "--WEERBAAR_NEW_MASTER_KEY=" + newKey},
                {"--WEERBAAR_MASTER_KEY=" + newKey}}) {
            try (ConfigurableApplicationContext app = start(keys)) {
                assertThat(app.getBean(EventStore.class).readEvents(incident.toString()).asStream()
                        .map(event -> event.getPayload().toString()).findFirst().orElseThrow())
                        .contains("Geïntimideerd op de markt");
            }
        }
        assertThatThrownBy(() -> start("--WEERBAAR_MASTER_KEY=" + oldKey)).satisfies(failure ->
                assertThat(advice(failure).getDescription()).contains("is not the key this database was encrypted with"));
    }

    /** Starts with this master key, registers an official and reports an incident with this description. */
    private IncidentId reportWith(String masterKey, String description) {
        IncidentId incident = new IncidentId(UUID.randomUUID());
        try (ConfigurableApplicationContext app = start("--WEERBAAR_MASTER_KEY=" + masterKey)) {
            OfficialId official = new OfficialId(UUID.randomUUID());
            CommandGateway commands = app.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterOfficial(official, "Els Visser", OfficialKind.COUNCIL_MEMBER));
            commands.sendAndWait(new ReportIncident(incident, official, new Reporter(Role.CLERK, null),
                    Instant.parse("2026-10-01T10:00:00Z"), "Stadhuisplein", Channel.IN_PERSON,
                    Set.of(Behaviour.THREAT), description, null, null));
        }
        return incident;
    }

    private ConfigurableApplicationContext start(String... extra) {
        String[] arguments = new String[4 + extra.length];
        arguments[0] = "--server.port=0";
        arguments[1] = "--spring.datasource.url=" + database.getJdbcUrl("postgres", databaseName);
        arguments[2] = "--spring.datasource.username=postgres";
        arguments[3] = "--weerbaar.embedded-database.data-directory=" + temp.resolve("unused");
        System.arraycopy(extra, 0, arguments, 4, extra.length);
        return new SpringApplicationBuilder(WeerbaarApplication.class).run(arguments);
    }

    private long eventCount() {
        try (var connection = database.getDatabase("postgres", databaseName).getConnection();
                var result = connection.createStatement().executeQuery("SELECT count(*) FROM domain_event_entry")) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static FailureAnalysis advice(Throwable failure) {
        FailureAnalysis analysis = new MasterKeyFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a master key problem in " + failure).isNotNull();
        return analysis;
    }

    private static String newKey() {
        return Base64.getEncoder().encodeToString(Aes.newKey().getEncoded());
    }
}
