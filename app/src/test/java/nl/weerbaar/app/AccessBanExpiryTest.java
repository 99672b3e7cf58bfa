package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import nl.weerbaar.app.accessban.AccessBanExpiryJob;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * An access ban ends by itself at the start of the day after its last day (municipality time): once,
 * even when the job runs again or on two nodes at the same moment.
 */
class AccessBanExpiryTest extends ApplicationTest {

    private static final String EXPIRED = "nl.weerbaar.response.api.AccessBanExpired";

    @Autowired
    private AccessBanExpiryJob expiry;

    @Test
    void aBanExpiresOnceAfterItsLastDayAndIsNoLongerInForce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ban = banChosen(today, today.plusDays(2));
        bans().andExpect(jsonPath("$[*].interventionId", hasItem(ban)));

        // Its last day, one minute before midnight: still in force.
        Instant end = today.plusDays(3).atStartOfDay(clock.getZone()).toInstant();
        clock.advance(Duration.between(clock.instant(), end).minusMinutes(1));
        expiry.run();
        assertThat(expiredEvents(ban)).isZero();

        clock.advance(Duration.ofMinutes(2));
        expiry.run();
        assertThat(expiredEvents(ban)).isEqualTo(1);
        // The projection marks it expired (at the moment it ended, not when the job noticed).
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT expired_at IS NOT NULL FROM responses WHERE response_id = ?::uuid", Boolean.class, ban));
        bans().andExpect(jsonPath("$[*].interventionId", not(hasItem(ban))));
        mvc.perform(get("/api/access-bans?active=false").with(as("griffier")))
                .andExpect(jsonPath("$[?(@.interventionId == '" + ban + "')].expiredAt", hasItem(end.toString())))
                .andExpect(jsonPath("$[?(@.interventionId == '" + ban + "')].active", hasItem(false)));

        expiry.run();
        assertThat(expiredEvents(ban)).as("running the job again adds nothing").isEqualTo(1);
    }

    @Test
    void twoNodesRunningTheJobAtOnceExpireABanOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ban = banChosen(today, today);
        clock.advance(Duration.ofDays(2));

        // Both read the read model before either expires the ban, like two nodes at the same moment.
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return expiry.run();
                })).toList();
        nodes.forEach(CompletableFuture::join);

        assertThat(expiredEvents(ban)).isEqualTo(1);
    }

    @Test
    void theExpiryJobIsAPersistentRecurringTask() {
        List<Map<String, Object>> tasks = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForList("SELECT execution_time FROM scheduled_tasks "
                        + "WHERE task_name = 'access-ban-expiry'"), rows -> !rows.isEmpty());

        assertThat(tasks).as("one recurring expiry task").hasSize(1);
    }

    private String banChosen(LocalDate from, LocalDate until) throws Exception {
        Map<String, Object> report = Reports.valid();
        mvc.perform(post("/api/incidents").with(as("raadslid")).contentType(MediaType.APPLICATION_JSON)
                .content(json(report))).andExpect(status().isCreated());
        Map<String, Object> ban = new LinkedHashMap<>();
        ban.put("type", "ACCESS_BAN");
        ban.put("officialConsulted", true);
        ban.put("officialView", "Anna wil hem niet meer in het gemeentehuis zien.");
        ban.put("rationale", "Herhaalde intimidatie bij de balie.");
        ban.put("scope", "TOWN_HALL");
        ban.put("from", from.toString());
        ban.put("until", until.toString());
        ban.put("legalBasis", "Art. 174 Gemeentewet");
        String answer = mvc.perform(post("/api/incidents/" + report.get("incidentId") + "/interventions")
                        .with(as("griffier")).contentType(MediaType.APPLICATION_JSON).content(json(ban)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return (String) JsonMapper.builder().build().readValue(answer, Map.class).get("interventionId");
    }

    private org.springframework.test.web.servlet.ResultActions bans() throws Exception {
        return mvc.perform(get("/api/access-bans?active=true").with(as("griffier"))).andExpect(status().isOk());
    }

    private int expiredEvents(String ban) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type = ?", Integer.class, ban, EXPIRED);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }
}
