package nl.weerbaar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incident.api.CommandMetaData;
import nl.weerbaar.incident.api.IncidentId;
import nl.weerbaar.incident.api.ProjectionSync;
import nl.weerbaar.incident.api.Role;
import nl.weerbaar.response.api.Consultation;
import nl.weerbaar.response.api.InterventionChosen;
import nl.weerbaar.response.api.InterventionId;
import nl.weerbaar.response.api.InterventionType;
import nl.weerbaar.response.api.PoliceInvolvement;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The audit trail through the API and the pages: every decision with who, what, why and its correlation;
 * the council reviewer's redacted view (JSON, page, CSV); need-to-know; filters; protocol checks; the
 * hash chain against hand edits of the event store, and through an erasure.
 */
class AuditTrailTest extends ApplicationTest {

    private static final String DESCRIPTION = "Beschrijving-AUDIT7 van wat er gebeurde";
    private static final String PERPETRATOR = "Piet Pietersen-AUDIT7";
    private static final String VIEW = "Mening-AUDIT7 van de bestuurder";
    private static final String RATIONALE = "Onderbouwing-AUDIT7 van de griffier";
    private static final String ANNA_NAME = "Anna de Vries";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ProjectionSync projections;

    /** An incident of Anna (a council member, so the clerk's), discussed, with a corrective letter chosen. */
    private record Handled(String incidentId, String reference, String interventionId) {
    }

    @Test
    void everyDecisionIsTrailedWithWhoWhatWhyAndTheRequestItCameFrom() throws Exception {
        Handled handled = handled();

        trail("burgemeester", "incident=" + handled.reference())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redacted").value(false))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].eventType",
                        contains("IncidentReported", "IncidentDiscussed", "InterventionChosen")))
                .andExpect(jsonPath("$.items[0].action").value("Voorval gemeld"))
                .andExpect(jsonPath("$.items[0].actor").value("raadslid"))
                .andExpect(jsonPath("$.items[0].role").value("OFFICIAL"))
                .andExpect(jsonPath("$.items[0].onBehalfOf").value(ANNA_NAME))
                .andExpect(jsonPath("$.items[0].officialKind").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath("$.items[0].officialConsulted").value(nullValue()))
                .andExpect(jsonPath("$.items[2].action").value("Interventie gekozen: corrigerende brief"))
                .andExpect(jsonPath("$.items[2].actor").value("griffier"))
                .andExpect(jsonPath("$.items[2].role").value("CLERK"))
                .andExpect(jsonPath("$.items[2].handler").value("CLERK"))
                .andExpect(jsonPath("$.items[2].incidentReference").value(handled.reference()))
                .andExpect(jsonPath("$.items[2].rationale").value(RATIONALE))
                .andExpect(jsonPath("$.items[2].officialConsulted").value(true))
                .andExpect(jsonPath("$.items[2].rationaleCategories[*].label", hasItem("Corrigerende brief")))
                .andExpect(jsonPath("$.items[*].correlationId", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[*].hash", everyItem(matchesPattern("[0-9a-f]{64}"))));

        try (Browser browser = new Browser(mvc)) {
            browser.logIn("burgemeester", "/audit");
            String shown = browser.open("/audit?incident=" + handled.reference()).asNormalizedText();
            assertThat(shown).contains("Interventie gekozen: corrigerende brief", RATIONALE, ANNA_NAME, "(griffier)");
        }
    }

    @Test
    void theCouncilReviewerSeesNoNameNoDescriptionAndNoRationaleInJsonPageOrCsv() throws Exception {
        Handled handled = handled();

        String json = trail("raad", "incident=" + handled.reference())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redacted").value(true))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[*].actor", everyItem(nullValue())))
                .andExpect(jsonPath("$.items[*].onBehalfOf", everyItem(nullValue())))
                .andExpect(jsonPath("$.items[*].rationale", everyItem(nullValue())))
                .andExpect(jsonPath("$.items[0].officialKind").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath("$.items[2].role").value("CLERK"))
                .andExpect(jsonPath("$.items[2].action").value("Interventie gekozen: corrigerende brief"))
                .andExpect(jsonPath("$.items[2].officialConsulted").value(true))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertNoPersonalData(json);

        var csv = mvc.perform(get("/api/audit.csv?incident=" + handled.reference()).with(as("raad")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse();
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("position,timestamp,role,officialKind,action,eventType,incidentReference,"
                + "handler,rationaleCategories,officialConsulted,correlationId,hash");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(3)).contains("Interventie gekozen: corrigerende brief", handled.reference(), "CLERK");
        assertNoPersonalData(text);

        try (Browser browser = new Browser(mvc)) {
            HtmlPage page = browser.logIn("raad", "/audit");
            page = browser.open("/audit?incident=" + handled.reference());
            String shown = page.asNormalizedText();
            assertThat(shown).contains("Interventie gekozen: corrigerende brief", handled.reference(), "raadslid",
                    "Corrigerende brief");
            assertNoPersonalData(shown);
            assertNoPersonalData(browser.fetch("/audit/export.csv?incident=" + handled.reference())
                    .getWebResponse().getContentAsString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void caseHandlersSeeTheTrailOfTheirOwnIncidentsAndNobodyElseReadsIt() throws Exception {
        Handled council = handled();
        String alderman = reported("wethouder");
        String aldermansReference = referenceOf(alderman);

        trail("griffier", "incident=" + council.reference())
                .andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.items[2].rationale").value(RATIONALE));
        trail("griffier", "incident=" + aldermansReference).andExpect(jsonPath("$.total").value(0));
        trail("secretaris", "incident=" + aldermansReference).andExpect(jsonPath("$.total").value(1));
        trail("secretaris", "incident=" + council.reference()).andExpect(jsonPath("$.total").value(0));
        for (String account : List.of("raadslid", "beheer")) {
            trail(account, "").andExpect(status().isForbidden());
            mvc.perform(get("/api/audit.csv").with(as(account))).andExpect(status().isForbidden());
            mvc.perform(get("/api/audit/protocol-checks").with(as(account))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/audit/verification").with(as("griffier"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void theTrailIsFilteredByPeriodActionAndRoleAndBadFiltersAreNamed() throws Exception {
        Handled handled = handled();
        String incident = "incident=" + handled.reference();

        trail("raad", incident + "&action=InterventionChosen").andExpect(jsonPath("$.total").value(1));
        trail("raad", incident + "&role=OFFICIAL")
                .andExpect(jsonPath("$.items[*].eventType", contains("IncidentReported")));
        trail("raad", incident + "&from=" + TODAY + "&to=" + TODAY).andExpect(jsonPath("$.total").value(3));
        trail("raad", incident + "&from=" + TODAY.plusDays(1)).andExpect(jsonPath("$.total").value(0));
        trail("raad", "from=gisteren&to=" + TODAY + "&role=KONING&incident=Jansen")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("from", "incident", "role")))
                .andExpect(jsonPath("$.errors[1].message").value("Vul een kenmerk in zoals 2026-0001"));
        trail("raad", "from=" + TODAY + "&to=" + TODAY.minusDays(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("to")));

        try (Browser browser = new Browser(mvc)) {
            browser.logIn("raad", "/audit");
            HtmlPage page = browser.open("/audit?from=gisteren&role=KONING");
            assertThat(page.getTitleText()).startsWith("Fout: ");
            assertThat(page.getElementById("error-summary").asNormalizedText())
                    .contains("Vul een geldige begindatum in", "Kies een van de genoemde rollen");
            assertThat(page.getElementById("from-error")).isNotNull();
        }
    }

    @Test
    void protocolChecksFlagAResponseRecordedWithoutConsultingTheOfficialOrWithoutVpt() throws Exception {
        Handled handled = handled();
        // A decision that bypassed the rules (an import, a bug): the checks must see it for what it is.
        String bypassed = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Intervention", bypassed, 0,
                new InterventionChosen(new InterventionId(UUID.fromString(bypassed)), IncidentId.of(handled.incidentId()),
                        InterventionType.CRIMINAL_COMPLAINT, new Consultation(false, "Niet gevraagd"), "Snel gedaan",
                        List.of(), null, null, new PoliceInvolvement(false, null), null, Role.CLERK, Instant.now()),
                MetaData.with(CommandMetaData.ACTOR, "import").and(CommandMetaData.ACTOR_ROLE, "CLERK")));
        projections.awaitCaughtUp("audit-trail");
        long position = jdbc.queryForObject("SELECT position FROM audit_entry WHERE aggregate_id = ?", Long.class,
                bypassed);

        String checks = "$[?(@.incidentReference == '" + handled.reference() + "')].checks";
        mvc.perform(get("/api/audit/protocol-checks?incident=" + handled.reference()).with(as("raad")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].incidentReference").value(handled.reference()))
                .andExpect(jsonPath("$[0].officialKind").value("COUNCIL_MEMBER"))
                .andExpect(jsonPath(checks + "[?(@.check == 'REGISTERED_AFTER_DISCUSSION')].outcome", contains("MET")))
                .andExpect(jsonPath(checks + "[?(@.check == 'OFFICIAL_CONSULTED')].outcome", contains("NOT_MET")))
                .andExpect(jsonPath(checks + "[?(@.check == 'OFFICIAL_CONSULTED')].positions[0]",
                        contains((int) position)))
                .andExpect(jsonPath(checks + "[?(@.check == 'VPT_SET')].outcome", contains("NOT_MET")))
                .andExpect(jsonPath(checks + "[?(@.check == 'CASE_UPDATES_IN_TIME')].outcome",
                        contains("NOT_APPLICABLE")));

        try (Browser browser = new Browser(mvc)) {
            browser.logIn("raad", "/audit/protocol-checks");
            String shown = browser.open("/audit/protocol-checks?incident=" + handled.reference()).asNormalizedText();
            assertThat(shown).contains(handled.reference(), "Bestuurder geraadpleegd bij elk besluit", "Niet voldaan",
                    "nr. " + position);
            assertNoPersonalData(shown);
        }
    }

    @Test
    void theChainVerifiesAndDetectsAHandEditedPayloadAndADeletedRow() throws Exception {
        Handled handled = handled();
        verification("raad").andExpect(jsonPath("$.verified").value(true))
                .andExpect(jsonPath("$.firstBrokenPosition").doesNotExist());
        long position = jdbc.queryForObject("SELECT position FROM audit_entry WHERE aggregate_id = ? "
                + "AND event_type = 'IncidentDiscussed'", Long.class, handled.incidentId());
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE global_index = ?", position);

        try {
            jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'CLERK', 'MAYOR'), 'UTF8') WHERE global_index = ?", position);
            verification("beheer").andExpect(jsonPath("$.verified").value(false))
                    .andExpect(jsonPath("$.firstBrokenPosition").value(position))
                    .andExpect(jsonPath("$.reason").value("edited"));
        } finally {
            jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?", row.get("payload"), position);
        }
        verification("burgemeester").andExpect(jsonPath("$.verified").value(true));

        try {
            jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", position);
            verification("raad").andExpect(jsonPath("$.verified").value(false))
                    .andExpect(jsonPath("$.firstBrokenPosition").value(position))
                    .andExpect(jsonPath("$.reason").value("missing"));
            try (Browser browser = new Browser(mvc)) {
                String shown = browser.logIn("raad", "/audit/verification").asNormalizedText();
                assertThat(shown).contains("De keten is verbroken", "Bij handeling nr. " + position,
                        "een gebeurtenis is verwijderd");
            }
        } finally {
            jdbc.update("""
                    INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                        event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, position, row.get("aggregate_identifier"), row.get("sequence_number"), row.get("type"),
                    row.get("event_identifier"), row.get("meta_data"), row.get("payload"), row.get("payload_revision"),
                    row.get("payload_type"), row.get("time_stamp"));
        }
        verification("raad").andExpect(jsonPath("$.verified").value(true));
    }

    @Test
    void anErasureScrubsTheRationaleAndKeepsTheChainIntact() throws Exception {
        Handled handled = handled();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/incidents/" + handled.incidentId() + "/erasure").with(as("beheer"))
                        .contentType(MediaType.APPLICATION_JSON).content(json(Map.of("reason", "Verzoek betrokkene"))))
                .andExpect(status().isOk());

        trail("burgemeester", "incident=" + handled.reference())
                .andExpect(jsonPath("$.items[2].rationale").value("[gewist]"))
                .andExpect(jsonPath("$.items[2].officialConsulted").value(true))
                .andExpect(jsonPath("$.items[3].eventType").value("IncidentPersonalDataErased"))
                .andExpect(jsonPath("$.items[3].actor").value("beheer"));
        verification("raad").andExpect(jsonPath("$.verified").value(true));
    }

    // ---------------------------------------------------------------- helpers

    private static void assertNoPersonalData(String text) {
        assertThat(text).doesNotContain(ANNA_NAME, PERPETRATOR, DESCRIPTION, VIEW, RATIONALE, "AUDIT7");
    }

    private ResultActions trail(String account, String query) throws Exception {
        return mvc.perform(get("/api/audit?" + query).with(as(account)));
    }

    private ResultActions verification(String account) throws Exception {
        return mvc.perform(get("/api/audit/verification").with(as(account))).andExpect(status().isOk());
    }

    private Handled handled() throws Exception {
        String incident = reported("raadslid");
        post("/api/incidents/" + incident + "/discussions", "griffier", Map.of("discussedWith", List.of("CLERK"),
                "discussedAt", "2026-11-21T10:00:00+01:00", "agreedNextStep", "Brief sturen, " + PERPETRATOR))
                .andExpect(status().isOk());
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("type", "CORRECTIVE_LETTER");
        letter.put("officialConsulted", true);
        letter.put("officialView", VIEW);
        letter.put("rationale", RATIONALE);
        letter.put("behaviour", "U riep dat u weet waar het raadslid woont.");
        letter.put("impact", "Het raadslid voelt zich niet veilig.");
        letter.put("consequences", "Bij herhaling volgt een toegangsverbod.");
        letter.put("recipientName", PERPETRATOR);
        String answer = post("/api/incidents/" + incident + "/interventions", "griffier", letter)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        projections.awaitCaughtUp("audit-trail");
        return new Handled(incident, referenceOf(incident), (String) JsonText.parse(answer).get("interventionId"));
    }

    private String reported(String account) throws Exception {
        Map<String, Object> report = Reports.valid();
        report.put("description", DESCRIPTION);
        report.put("perpetrator", Map.of("name", PERPETRATOR));
        post("/api/incidents", account, report).andExpect(status().isCreated());
        projections.awaitCaughtUp("audit-trail");
        return (String) report.get("incidentId");
    }

    private String referenceOf(String incident) {
        return jdbc.queryForObject("SELECT reference FROM audit_incident WHERE incident_id = ?::uuid", String.class,
                incident);
    }

    private ResultActions post(String path, String account, Map<String, ?> body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(as(account)).contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }
}
