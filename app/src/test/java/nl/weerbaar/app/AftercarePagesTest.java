package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The aftercare page of an incident: its forms, errors at the fields, the complaint's offer, the overview. */
class AftercarePagesTest extends PagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void theClerkRecordsAftercareAndArrangesItFromTheIncidentPage() throws Exception {
        String incident = reported();
        HtmlPage detail = browser.logIn("griffier", "/incidents/" + incident);
        HtmlPage page = ((HtmlAnchor) detail.getAnchorByText("Nazorg, strafzaak en schadeverhaal")).click();
        assertThat(page.getTitleText()).startsWith("Nazorg bij melding");
        long events = eventCount();

        HtmlPage errors = Browser.submit(page, "Nazorg vastleggen");
        assertThat(errors.getTitleText()).startsWith("Fout: ");
        assertThat(errors.getElementById("error-summary").asNormalizedText())
                .contains("Kies welke nazorg de bestuurder vraagt", "Vul in wanneer de bestuurder om nazorg vroeg");
        assertThat(errors.getElementById("request-kind-error")).isNotNull();
        assertThat(eventCount()).isEqualTo(events);

        ((HtmlRadioButtonInput) errors.getElementById("request-kind-VICTIM_SUPPORT")).setChecked(true);
        ((HtmlInput) errors.getElementById("request-requestedOn")).setValue(TODAY.toString());
        HtmlPage requested = Browser.submit(errors, "Nazorg vastleggen");
        assertThat(requested.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(requested.asNormalizedText()).contains("Slachtofferhulp", "aangevraagd");

        String id = jdbc.queryForObject("SELECT aftercare_id::text FROM aftercare_requests WHERE incident_id = ?::uuid",
                String.class, incident);
        ((HtmlInput) requested.getElementById("arrange-" + id + "-arrangedBy")).setValue("Griffier");
        ((HtmlInput) requested.getElementById("arrange-" + id + "-arrangedOn")).setValue(TODAY.toString());
        HtmlPage missing = Browser.submit(requested, "Nazorg geregeld");
        assertThat(missing.getElementById("error-summary").asNormalizedText())
                .contains("Vul in met wie de nazorg is geregeld");
        assertThat(((HtmlInput) missing.getElementById("arrange-" + id + "-arrangedBy")).getValue())
                .isEqualTo("Griffier");

        ((HtmlInput) missing.getElementById("arrange-" + id + "-arrangedWith")).setValue("Slachtofferhulp Drenthe");
        HtmlPage arranged = Browser.submit(missing, "Nazorg geregeld");
        assertThat(arranged.asNormalizedText()).contains("geregeld", "Slachtofferhulp Drenthe");
    }

    @Test
    void aFiledComplaintOffersToStartTheFollowUpAndTheUpdateIsThenPassedOn() throws Exception {
        String incident = reported();
        apiPost("/api/incidents/" + incident + "/interventions", Map.of("type", "CRIMINAL_COMPLAINT",
                "officialConsulted", true, "officialView", "Graag aangifte", "rationale", "Bedreiging", "vpt", true));

        HtmlPage page = browser.logIn("griffier", "/incidents/" + incident + "/aftercare");
        assertThat(page.getElementById("follow-up-offer").asNormalizedText())
                .contains("Aangifte gedaan: houd de bestuurder op de hoogte van de voortgang");
        HtmlPage start = ((HtmlAnchor) page.getAnchorByText("Start opvolging")).click();
        assertThat(((HtmlRadioButtonInput) start.getElementById("update-kind")).isChecked()).isTrue(); // registered
        assertThat(((HtmlRadioButtonInput) start.getElementById("update-source")).isChecked()).isTrue(); // police

        ((HtmlInput) start.getElementById("update-date")).setValue(TODAY.toString());
        ((HtmlTextArea) start.getElementById("update-summary")).setText("Aangifte opgenomen onder PL0100-2026");
        HtmlPage recorded = Browser.submit(start, "Bericht vastleggen");
        assertThat(recorded.getElementById("follow-up-offer")).isNull();
        assertThat(recorded.asNormalizedText()).contains("Aangifte geregistreerd", "Bestuurder informeren uiterlijk",
                "Aangifte opgenomen onder PL0100-2026");

        String id = jdbc.queryForObject("SELECT case_update_id::text FROM case_updates WHERE incident_id = ?::uuid",
                String.class, incident);
        ((HtmlInput) recorded.getElementById("informed-" + id + "-informedDate")).setValue(TODAY.toString());
        HtmlPage noTime = Browser.submit(recorded, "Geïnformeerd vastleggen");
        assertThat(noTime.getElementById("error-summary").asNormalizedText())
                .contains("Vul de tijd in", "Kies hoe de bestuurder is geïnformeerd");

        ((HtmlInput) noTime.getElementById("informed-" + id + "-informedTime")).setValue("00:00");
        ((HtmlRadioButtonInput) noTime.getElementById("informed-" + id + "-how-PHONE")).setChecked(true);
        HtmlPage informed = Browser.submit(noTime, "Geïnformeerd vastleggen");
        assertThat(informed.getTitleText()).doesNotStartWith("Fout: ");
        assertThat(informed.asNormalizedText()).contains("Bestuurder geïnformeerd", "Telefonisch");
    }

    @Test
    void theOfficialReadsTheirAftercareAndAnotherOfficialGetsNotFound() throws Exception {
        String incident = reported();
        apiPost("/api/incidents/" + incident + "/damage-claims", Map.of("what", "Bekraste auto", "amount", "480.00",
                "route", "CIVIL_CLAIM", "filedOn", TODAY.toString()));

        HtmlPage page = browser.logIn("raadslid", "/incidents/" + incident + "/aftercare");
        assertThat(page.asNormalizedText()).contains("Bekraste auto", "€ 480,00", "Civiele vordering");
        assertThat(page.getForms()).allMatch(form -> form.getActionAttribute().endsWith("/logout"));

        try (Browser other = new Browser(mvc)) {
            assertThatThrownBy(() -> other.logIn("raadslid2", "/incidents/" + incident + "/aftercare"))
                    .isInstanceOfSatisfying(FailingHttpStatusCodeException.class,
                            failure -> assertThat(failure.getStatusCode()).isEqualTo(404));
        }
    }

    @Test
    void aRecoveryAboveTheClaimIsRefusedAtTheField() throws Exception {
        String incident = reported();
        HtmlPage page = browser.logIn("burgemeester", "/incidents/" + incident + "/aftercare");
        ((HtmlTextArea) page.getElementById("claim-what")).setText("Vernielde voordeur");
        ((HtmlInput) page.getElementById("claim-amount")).setValue("1.250,50");
        ((HtmlRadioButtonInput) page.getElementById("claim-route")).setChecked(true);
        ((HtmlInput) page.getElementById("claim-filedOn")).setValue(TODAY.toString());
        HtmlPage filed = Browser.submit(page, "Schadeclaim vastleggen");
        assertThat(filed.asNormalizedText()).contains("Vernielde voordeur", "€ 1.250,50", "Minnelijke schikking");

        String id = jdbc.queryForObject("SELECT damage_claim_id::text FROM damage_claims WHERE incident_id = ?::uuid",
                String.class, incident);
        ((HtmlInput) filed.getElementById("recovery-" + id + "-amount")).setValue("1250,51");
        ((HtmlInput) filed.getElementById("recovery-" + id + "-receivedOn")).setValue(TODAY.toString());
        HtmlPage refused = Browser.submit(filed, "Ontvangst vastleggen");
        assertThat(refused.getTitleText()).startsWith("Fout: ");
        assertThat(refused.getElementById("recovery-" + id + "-amount-error").asNormalizedText())
                .contains("Er kan in totaal niet meer worden ontvangen dan is geclaimd");

        ((HtmlInput) refused.getElementById("recovery-" + id + "-amount")).setValue("1250,50");
        HtmlPage recovered = Browser.submit(refused, "Ontvangst vastleggen");
        assertThat(recovered.asNormalizedText()).contains("Nog open\n€ 0,00").doesNotContain("Ontvangst vastleggen");
    }

    @Test
    void theOverviewListsOverdueUpdatesForTheHandler() throws Exception {
        String incident = reported();
        apiPost("/api/incidents/" + incident + "/case-updates", Map.of("date", TODAY.minusDays(14).toString(),
                "source", "POLICE", "kind", "SUSPECT_IDENTIFIED", "summary", "Verdachte aangehouden"));
        String reference = jdbc.queryForObject("SELECT reference FROM incident_register WHERE incident_id = ?::uuid",
                String.class, incident);

        HtmlPage overview = browser.logIn("griffier", "/aftercare");
        assertThat(overview.getElementById("overdue-case-updates").asNormalizedText())
                .contains(reference, "Verdachte bekend").doesNotContain("Verdachte aangehouden");
        HtmlPage page = ((HtmlAnchor) overview.getAnchorByText(reference)).click();
        assertThat(page.asNormalizedText()).contains("Te laat: de bestuurder had uiterlijk");

        try (Browser other = new Browser(mvc)) {
            HtmlPage secretary = other.logIn("secretaris", "/aftercare");
            assertThat(secretary.getElementById("overdue-case-updates").asNormalizedText()).doesNotContain(reference);
        }
    }

    private String reported() throws Exception {
        Map<String, Object> report = Reports.valid("incidentId", UUID.randomUUID().toString());
        mvc.perform(MockMvcRequestBuilders.post("/api/incidents").with(as("raadslid"))
                .contentType(MediaType.APPLICATION_JSON).content(json(report))).andExpect(status().isCreated());
        return (String) report.get("incidentId");
    }

    private void apiPost(String path, Map<String, ?> body) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post(path).with(as("griffier")).contentType(MediaType.APPLICATION_JSON)
                .content(json(body))).andExpect(status().isCreated());
    }
}
