package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.incident.api.ProjectionSync;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The access log (BIO 8.15.01): each kind of read is logged with action, object, result, origin, actor
 * and time, without content or search terms; the database refuses to change it; the administrator and
 * the mayor review it per incident and per user.
 */
class AccessLogTest extends ApplicationTest {

    @Autowired
    private ProjectionSync projections;

    @Test
    void everyKindOfReadIsLoggedWithObjectResultOriginAndActor() throws Exception {
        String incident = reported();
        String reference = jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                String.class, incident);
        String letter = letterChosen(incident);

        mvc.perform(get("/incidents/" + incident).with(as("griffier"))).andExpect(status().isOk());
        mvc.perform(get("/api/incidents/" + incident).with(as("griffier"))).andExpect(status().isOk());
        mvc.perform(get("/api/perpetrators?q=Zoekterm-Geheim").with(as("griffier"))).andExpect(status().isOk());
        mvc.perform(get("/api/interventions/" + letter + "/letter.pdf").with(as("griffier")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/audit.csv?incident=" + reference).with(as("raad"))).andExpect(status().isOk());
        mvc.perform(get("/api/incidents/" + incident).with(as("raadslid2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/incidents/" + incident)).andExpect(status().isUnauthorized());

        review("beheer", "incident=" + reference)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.action == 'PAGE_VIEW' && @.actor == 'griffier')].path",
                        hasItem("/incidents/" + incident)))
                .andExpect(jsonPath("$.items[?(@.action == 'API_READ' && @.result == 'OK')].objectId",
                        hasItem(incident)))
                .andExpect(jsonPath("$.items[?(@.action == 'PDF_DOWNLOAD')].objectType", hasItem("INTERVENTION")))
                .andExpect(jsonPath("$.items[?(@.action == 'PDF_DOWNLOAD')].objectId", hasItem(letter)))
                .andExpect(jsonPath("$.items[?(@.action == 'EXPORT')].actor", hasItem("raad")))
                .andExpect(jsonPath("$.items[?(@.actor == 'raadslid2')].result", hasItem("NOT_FOUND")))
                .andExpect(jsonPath("$.items[?(@.result == 'DENIED')].status", hasItem(401)))
                .andExpect(jsonPath("$.items[*].clientAddress", everyItem(is("127.0.0.1"))))
                .andExpect(jsonPath("$.items[*].at").isNotEmpty());
        review("burgemeester", "user=griffier")
                .andExpect(jsonPath("$.items[?(@.action == 'SEARCH')].objectType", hasItem("PROFILE")))
                .andExpect(jsonPath("$.items[?(@.action == 'SEARCH')].parameters", hasItem("q")))
                .andExpect(jsonPath("$.items[*].actor", everyItem(is("griffier"))));
        // Ids only: the search term is not kept anywhere in the log.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE CAST(access_log AS TEXT) LIKE ?",
                Long.class, "%Zoekterm%")).isZero();
    }

    @Test
    void thePublicPagesWithoutPersonalDataAreNotLogged() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM access_log", Long.class);
        mvc.perform(get("/toegankelijkheid")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/weerbaar.css")).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log", Long.class)).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALine() throws Exception {
        mvc.perform(get("/api/incidents").with(as("griffier"))).andExpect(status().isOk());
        long lines = jdbc.queryForObject("SELECT count(*) FROM access_log", Long.class);
        long last = jdbc.queryForObject("SELECT max(id) FROM access_log", Long.class);

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET actor = 'niemand' WHERE id = ?", last))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE id = ?", last))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE access_log"))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log", Long.class)).isEqualTo(lines);
        assertThat(jdbc.queryForObject("SELECT actor FROM access_log WHERE id = ?", String.class, last))
                .isEqualTo("griffier");
    }

    @Test
    void onlyTheAdministratorAndTheMayorReviewTheLogAndBadFiltersAreNamed() throws Exception {
        for (String account : List.of("raad", "griffier", "raadslid")) {
            review(account, "").andExpect(status().isForbidden());
        }
        review("burgemeester", "").andExpect(status().isOk());
        review("beheer", "incident=Jansen&from=gisteren")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("incident", "from")));
        review("beheer", "incident=2099-9999").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void theAdministratorReviewsAnIncidentsReadsOnThePage() throws Exception {
        String incident = reported();
        String reference = jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                String.class, incident);
        mvc.perform(get("/api/incidents/" + incident).with(as("griffier"))).andExpect(status().isOk());

        try (Browser browser = new Browser(mvc)) {
            browser.logIn("beheer", "/access-log");
            HtmlPage page = browser.open("/access-log?incident=" + reference);
            assertThat(page.getTitleText()).isEqualTo("Toegangslog - Weerbaar");
            assertThat(page.asNormalizedText()).contains("Gelezen via de API", "/api/incidents/" + incident, "griffier",
                    "Getoond (200)", "127.0.0.1");
            HtmlPage wrong = browser.open("/access-log?from=gisteren");
            assertThat(wrong.getTitleText()).startsWith("Fout: ");
            assertThat(wrong.getElementById("error-summary").asNormalizedText()).contains("Vul een geldige begindatum in");
        }
        try (Browser browser = new Browser(mvc)) {
            browser.logIn("griffier", "/incidents");
            assertThatThrownBy(() -> browser.open("/access-log")).isInstanceOfSatisfying(
                    FailingHttpStatusCodeException.class, refused -> assertThat(refused.getStatusCode()).isEqualTo(403));
        }
    }

    // ---------------------------------------------------------------- helpers

    private ResultActions review(String account, String query) throws Exception {
        return mvc.perform(get("/api/access-log?" + query).with(as(account)));
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid();
        post("/api/incidents", "raadslid", report).andExpect(status().isCreated());
        projections.awaitCaughtUp("audit-trail");
        return (String) report.get("incidentId");
    }

    private String letterChosen(String incident) throws Exception {
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("type", "CORRECTIVE_LETTER");
        letter.put("officialConsulted", true);
        letter.put("officialView", "Graag een brief");
        letter.put("rationale", "Eerste keer");
        letter.put("behaviour", "U riep dat u weet waar het raadslid woont.");
        letter.put("impact", "Het raadslid voelt zich niet veilig.");
        letter.put("consequences", "Bij herhaling volgt een toegangsverbod.");
        letter.put("recipientName", "J. Jansen");
        String answer = post("/api/incidents/" + incident + "/interventions", "griffier", letter)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        projections.awaitCaughtUp("audit-trail");
        return (String) JsonText.parse(answer).get("interventionId");
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(as(account))
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }
}
