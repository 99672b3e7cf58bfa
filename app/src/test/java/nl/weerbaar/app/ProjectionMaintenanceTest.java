package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.app.maintenance.ProjectionMaintenance;
import nl.weerbaar.app.maintenance.ProjectionStatus;
import nl.weerbaar.app.maintenance.RebuildProgress;
import nl.weerbaar.app.report.query.FrozenReportsProjection;
import org.awaitility.Awaitility;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The administrator rebuilds a projection by replay and follows its progress. */
class ProjectionMaintenanceTest extends ApplicationTest {

    @Autowired
    private ProjectionMaintenance maintenance;

    @Test
    void aRebuildReplaysEveryEventAndReportsItsProgress() throws Exception {
        String today = aDayOfItsOwn().toString();
        Thread.sleep(20);
        mvc.perform(post("/api/reports/frozen").with(as("burgemeester")).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("from", today, "to", today, "asOf", java.time.Instant.now().toString(),
                        "title", "Voor de herbouw")))).andExpect(status().isCreated());
        List<Map<String, Object>> before = jdbc.queryForList("SELECT * FROM frozen_report ORDER BY report_id");
        jdbc.update("UPDATE frozen_report SET title = 'handmatig gewijzigd'");
        long events = eventCount();

        mvc.perform(post("/api/admin/projections/" + FrozenReportsProjection.NAME + "/rebuild").with(as("beheer")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.name").value(FrozenReportsProjection.NAME))
                .andExpect(jsonPath("$.rebuild.total").value(events))
                .andExpect(jsonPath("$.rebuild.requestedBy").value("beheer"));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> progress().finishedAt() != null);
        RebuildProgress done = progress();
        assertThat(done.processed()).isEqualTo(events);
        assertThat(done.total()).isEqualTo(events);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.eventsPerSecond()).isPositive();
        assertThat(done.secondsLeft()).isZero();
        assertThat(jdbc.queryForList("SELECT * FROM frozen_report ORDER BY report_id")).isEqualTo(before);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> maintenance
                .status(FrozenReportsProjection.NAME).orElseThrow().state().equals("RUNNING"));

        mvc.perform(get("/api/admin/projections").with(as("beheer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'incident-register')].state").value("RUNNING"))
                .andExpect(jsonPath("$[?(@.name == 'frozen-reports')].rebuild.processed").value((int) events));
    }

    @Test
    void onlyTheAdministratorRebuildsAndOnlyAKnownProjection() throws Exception {
        for (String account : List.of("burgemeester", "griffier", "raad")) {
            mvc.perform(post("/api/admin/projections/incident-register/rebuild").with(as(account)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/admin/projections").with(as(account))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/admin/projections/no-such-projection/rebuild").with(as("beheer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorsPageListsTheProjectionsAndStartsARebuild() throws Exception {
        try (Browser browser = new Browser(mvc)) {
            HtmlPage page = browser.logIn("beheer", "/admin/projections");
            assertThat(page.getAnchorByText("Projecties").getHrefAttribute()).isEqualTo("/admin/projections");
            assertThat(page.getElementById("projectie-incident-register").asNormalizedText()).contains("Actief");
            HtmlForm form = page.getElementById("projectie-" + FrozenReportsProjection.NAME)
                    .getElementsByTagName("form").get(0).getEnclosingForm();
            form = (HtmlForm) page.getElementById("projectie-" + FrozenReportsProjection.NAME)
                    .getElementsByTagName("form").get(0);
            HtmlPage after = ((org.htmlunit.html.HtmlButton) form.getElementsByTagName("button").get(0)).click();
            assertThat(after.asNormalizedText()).contains("De projectie frozen-reports wordt opnieuw opgebouwd");
            assertThat(after.getElementById("projectie-" + FrozenReportsProjection.NAME).asNormalizedText())
                    .contains("gebeurtenissen");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> progress().finishedAt() != null);
    }

    private RebuildProgress progress() {
        ProjectionStatus status = maintenance.status(FrozenReportsProjection.NAME).orElseThrow();
        return status.rebuild();
    }
}
