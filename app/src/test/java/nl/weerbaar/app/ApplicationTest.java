package nl.weerbaar.app;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.time.LocalDate;
import java.util.Map;
import nl.weerbaar.app.demo.DemoData;
import nl.weerbaar.incident.api.OfficialId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Base of the Spring Boot tests: one application context (embedded PostgreSQL in a fresh directory,
 * demo profile) shared by every test class that extends this, so the suite starts Spring once. The
 * database is thrown away afterwards, so its commits do not wait for the disk. The app is also served on a
 * random port, so the real-browser tests ({@link Chromium}) share this one context with the MockMvc tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "weerbaar.embedded-database.data-directory=target/test-db/${random.uuid}",
        "weerbaar.embedded-database.durable=false",
        "weerbaar.theme.css-file=src/test/resources/theme/test-theme.css", "weerbaar.theme.class-name=utrecht-theme",
        "weerbaar.accessibility.contact-email=toegankelijkheid@assen.example"})
@Import(TestClock.Configuration.class)
public abstract class ApplicationTest {

    protected static final OfficialId ANNA = DemoData.ANNA_DE_VRIES;
    protected static final OfficialId BRAM = DemoData.BRAM_BAKKER;
    protected static final OfficialId CARLA = DemoData.CARLA_JANSEN;
    protected static final OfficialId MAYOR = DemoData.MAYOR;

    @Autowired
    protected WebApplicationContext context;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    protected TestClock clock;
    @LocalServerPort
    protected int port;

    protected MockMvc mvc;

    /** Far beyond any other test's clock (retention moves five years ahead); a week apart. */
    private static final AtomicLong DAYS_OF_THEIR_OWN = new AtomicLong(10_000);

    @BeforeAll
    static void noPhoningHome() {
        WeerbaarApplication.quietAxon();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @BeforeEach
    void setUpMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        // Demo officials are registered by a runner at start-up; their projection may lag a moment.
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("SELECT count(*) FROM official", Integer.class) >= 4);
    }

    /** Acts as a demo account without paying for a password hash on every request. */
    protected RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /**
     * Moves the clock (until the end of the test) to a day far ahead that no other test reaches, so that a
     * report or briefing over that day sees only what this test reports on it.
     */
    protected LocalDate aDayOfItsOwn() {
        clock.advance(Duration.ofDays(DAYS_OF_THEIR_OWN.getAndAdd(7)));
        return LocalDate.now(clock);
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    protected static String json(Map<String, ?> fields) {
        return JsonText.of(fields);
    }
}
